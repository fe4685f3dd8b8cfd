namespace ContactCenter.Grains.Chat;

/// <summary>A chat conversation as stored: who, about what, the transcript, and where the interaction stood when last seen.</summary>
[GenerateSerializer, Alias("cc.chat-state")]
public sealed class ChatState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string Topic { get; set; } = "";
    [Id(3)] public string? CustomerId { get; set; }
    /// <summary>SHA-256 of the customer's secret, hex: the secret itself is never stored.</summary>
    [Id(4)] public string SecretHash { get; set; } = "";
    [Id(5)] public List<ChatMessage> Messages { get; set; } = [];
    [Id(6)] public InteractionStatus Status { get; set; } = InteractionStatus.Queued;
    [Id(7)] public string? QueueId { get; set; }
    [Id(8)] public string? AgentId { get; set; }
    [Id(9)] public string? AgentName { get; set; }
    /// <summary>The conversation is over for both sides (left, ended by the agent, or the interaction ended otherwise).</summary>
    [Id(10)] public bool Finished { get; set; }
    /// <summary>The transcript was put on the linked cases (done once, after the interaction completed).</summary>
    [Id(11)] public bool Filed { get; set; }
    [Id(12)] public DateTimeOffset StartedAt { get; set; }

    public long NextSeq => Messages.Count == 0 ? 1 : Messages[^1].Seq + 1;
}
