using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>Who wrote a chat message. System lines are the product's own (queued, agent joined, left).</summary>
public enum ChatSender { Customer, Agent, System }

/// <summary>
/// A customer starting a chat from the public widget. ClientAddress is the remote address the edge saw (for limits).
/// Secret is the customer's proof for resuming the chat after a reload (the grain keeps only its hash).
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.chat-start")]
public sealed record ChatStart(
    [property: Id(0)] string Name,
    [property: Id(1)] string? CustomerRef,
    [property: Id(2)] string Topic,
    [property: Id(3)] string ClientAddress,
    [property: Id(4)] string? FirstMessage = null,
    [property: Id(5)] string? Secret = null)
{
    public const int MaxMessage = 2_000;
    public const int MaxName = 80;
    public const int MinSecret = 32;
    public const int MaxSecret = 128;
    public const int MaxTopic = 40;

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field.</summary>
    public void Validate()
    {
        Bounds.RequireText(Name, "name", MaxName);
        Ids.RequireOptional(string.IsNullOrWhiteSpace(CustomerRef) ? null : CustomerRef.Trim(), "customerRef");
        Bounds.RequireText(Topic, "topic", MaxTopic);
        Bounds.RequireText(ClientAddress, "clientAddress", 64);
        RequireMessage(FirstMessage, "firstMessage", optional: true);
        if (Secret is not { Length: >= MinSecret and <= MaxSecret } || !Secret.All(char.IsAsciiLetterOrDigit))
            throw ContactCenterException.Invalid("secret", $"secret must be {MinSecret} to {MaxSecret} ASCII letters or digits.");
    }

    /// <summary>A message: not blank (unless optional and absent), at most MaxMessage characters, no control characters but new lines.</summary>
    public static void RequireMessage(string? text, string field, bool optional = false)
    {
        if (optional && string.IsNullOrEmpty(text)) return;
        if (string.IsNullOrWhiteSpace(text)) throw ContactCenterException.Invalid(field, $"{field} is required: write something.");
        if (text.Length > MaxMessage)
            throw ContactCenterException.Invalid(field, $"A message may be at most {MaxMessage:N0} characters; this one has {text.Length:N0}.");
        Bounds.RequireOptionalText(text, field, MaxMessage, multiLine: true);
    }
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
    [property: Id(11)] bool AgentTyping,
    [property: Id(12)] string? AgentName = null,
    [property: Id(13)] bool Ended = false);

/// <summary>What a chat event carries: a new message, a typing change, or a new status (waiting place, agent joined, ended).</summary>
public enum ChatEventKind { Message, Typing, Status }

/// <summary>
/// One change of a chat, pushed to both sides (the customer's hub group and the agent console) through the silos' live
/// publishers. Typing is never stored. Status events carry the place in queue and estimated wait while waiting.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.chat-event")]
public sealed record ChatEvent(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] ChatEventKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] ChatMessage? Message = null,
    [property: Id(4)] ChatSender? Typist = null,
    [property: Id(5)] bool Typing = false,
    [property: Id(6)] InteractionStatus? Status = null,
    [property: Id(7)] string? AgentName = null,
    [property: Id(8)] int? PlaceInQueue = null,
    [property: Id(9)] double? EstimatedWaitSeconds = null,
    [property: Id(10)] bool Ended = false);
