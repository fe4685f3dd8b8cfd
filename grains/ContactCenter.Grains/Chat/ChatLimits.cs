namespace ContactCenter.Grains.Chat;

/// <summary>The limits of the public chat, enforced by the chat grains (never only at the edge).</summary>
public static class ChatLimits
{
    /// <summary>Customer messages one conversation may send per minute (sliding window).</summary>
    public const int MessagesPerMinute = 20;

    /// <summary>Messages one transcript holds; a conversation that long is refused further messages.</summary>
    public const int MaxTranscript = 500;

    /// <summary>Chats one client address may open per hour (sliding window).</summary>
    public const int ChatsPerAddressPerHour = 5;

    /// <summary>A typing indicator nobody renews is forgotten after this.</summary>
    public static readonly TimeSpan TypingFor = TimeSpan.FromSeconds(6);

    public const int MaxTopic = 40;

    /// <summary>Seconds, for "try again in" messages.</summary>
    public static string InSeconds(TimeSpan wait) => $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s";
}
