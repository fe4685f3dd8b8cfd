namespace ContactCenter.Contracts;

/// <summary>Who wrote a chat message. System lines are the product's own (queued, agent joined, left).</summary>
public enum ChatSender { Customer, Agent, System }

/// <summary>A customer starting a chat from the public widget. ClientAddress is the remote address the edge saw (for limits).</summary>
[GenerateSerializer, Immutable, Alias("cc.chat-start")]
public sealed record ChatStart(
    [property: Id(0)] string Name,
    [property: Id(1)] string? CustomerRef,
    [property: Id(2)] string Topic,
    [property: Id(3)] string ClientAddress,
    [property: Id(4)] string? FirstMessage = null)
{
    public const int MaxMessage = 2_000;
}

/// <summary>One message of a transcript; Seq counts from 1 in the order the conversation received them.</summary>
[GenerateSerializer, Immutable, Alias("cc.chat-message")]
public sealed record ChatMessage(
    [property: Id(0)] long Seq,
    [property: Id(1)] ChatSender From,
    [property: Id(2)] string? AgentId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? ArticleId = null);

/// <summary>A chat as its two sides see it: the transcript, the place in queue and estimated wait while waiting, and who is typing.</summary>
[GenerateSerializer, Immutable, Alias("cc.chat-view")]
public sealed record ChatView(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] InteractionStatus Status,
    [property: Id(2)] string Name,
    [property: Id(3)] string Topic,
    [property: Id(4)] string? CustomerId,
    [property: Id(5)] string? QueueId,
    [property: Id(6)] string? AgentId,
    [property: Id(7)] int? PlaceInQueue,
    [property: Id(8)] double? EstimatedWaitSeconds,
    [property: Id(9)] IReadOnlyList<ChatMessage> Messages,
    [property: Id(10)] bool CustomerTyping,
    [property: Id(11)] bool AgentTyping);
