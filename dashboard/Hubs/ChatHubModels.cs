using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Hubs;

/// <summary>What the public chat page sends to start a chat.</summary>
public sealed record ChatStartRequest(string? Name, string? CustomerRef, string? Topic, string? Message);

/// <summary>A hub call's answer: the chat as the customer sees it, or why it was refused (status as in the HTTP API, and the field).</summary>
public sealed record ChatHubResult(bool Ok, int Status, string? Field, string? Error, CustomerChatView? Chat, string? Secret)
{
    public static ChatHubResult Done(CustomerChatView chat, string? secret) => new(true, 200, null, null, chat, secret);
    public static ChatHubResult Refused(int status, string? field, string error) => new(false, status, field, error, null, null);
}

/// <summary>A message as the customer sees it: the agent by name, never by id.</summary>
public sealed record CustomerChatMessage(long Seq, ChatSender From, string Text, DateTimeOffset At)
{
    public static CustomerChatMessage Of(ChatMessage m) => new(m.Seq, m.From, m.Text, m.At);
}

/// <summary>The chat as the customer's page shows it.</summary>
public sealed record CustomerChatView(
    string InteractionId, InteractionStatus Status, bool Ended, string Topic, string? AgentName, int? PlaceInQueue, double? EstimatedWaitSeconds,
    bool AgentTyping, IReadOnlyList<CustomerChatMessage> Messages)
{
    public static CustomerChatView Of(ChatView v) => new(v.InteractionId, v.Status, v.Ended, v.Topic, v.AgentName, v.PlaceInQueue,
        v.EstimatedWaitSeconds, v.AgentTyping, v.Messages.Select(CustomerChatMessage.Of).ToArray());
}

/// <summary>One pushed change as the customer's page receives it ("chat" messages on the hub).</summary>
public sealed record CustomerChatEvent(
    string InteractionId, ChatEventKind Kind, CustomerChatMessage? Message, ChatSender? Typist, bool Typing, InteractionStatus? Status,
    bool Ended, string? AgentName, int? PlaceInQueue, double? EstimatedWaitSeconds)
{
    public static CustomerChatEvent Of(ChatEvent e) => new(e.InteractionId, e.Kind, e.Message is { } m ? CustomerChatMessage.Of(m) : null,
        e.Typist, e.Typing, e.Status, e.Ended, e.AgentName, e.PlaceInQueue, e.EstimatedWaitSeconds);
}
