using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>A message as a mail gateway delivers it (text body; MIME is parsed at the edge with MimeKit).</summary>
[GenerateSerializer, Immutable, Alias("cc.inbound-email")]
public sealed record InboundEmail(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Body,
    [property: Id(4)] string MessageId,
    [property: Id(5)] string? InReplyTo = null,
    [property: Id(6)] IReadOnlyList<string>? References = null)
{
    public const int MaxSubject = 400;
    public const int MaxMessageId = 400;
    public const int MaxReferences = 50;

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field; references are named references[i].</summary>
    public void Validate()
    {
        EmailAddressRules.RequireMailbox(From, "from");
        EmailAddressRules.RequireMailbox(To, "to");
        Bounds.RequireOptionalText(Subject, "subject", MaxSubject);
        if (string.IsNullOrWhiteSpace(Body)) throw ContactCenterException.Invalid("body", "body is required (the message's text).");
        Bounds.RequireOptionalText(Body, "body", CustomerMessage.MaxText, multiLine: true);
        RequireMessageId(MessageId, "messageId");
        if (InReplyTo is not null) RequireMessageId(InReplyTo, "inReplyTo");
        if (References is null) return;
        Bounds.RequireCount(References, "references", MaxReferences);
        for (var i = 0; i < References.Count; i++) RequireMessageId(References[i], $"references[{i}]");
    }

    /// <summary>A message id without its angle brackets, as the thread index keys it.</summary>
    public static string Bare(string messageId) => messageId.Trim().TrimStart('<').TrimEnd('>').Trim();

    private static void RequireMessageId(string? id, string field)
    {
        Bounds.RequireText(id, field, MaxMessageId);
        var bare = Bare(id!);
        if (bare.Length == 0 || bare.Any(char.IsWhiteSpace) || bare.Contains('<') || bare.Contains('>'))
            throw ContactCenterException.Invalid(field, $"{field} must be a message id such as <abc123@mail.example.com>.");
    }
}

/// <summary>Where an inbound message went: the case it threaded into (or opened), the Email interaction queued for it.</summary>
[GenerateSerializer, Immutable, Alias("cc.email-accepted")]
public sealed record EmailAccepted(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string InteractionId,
    [property: Id(2)] string? CustomerId,
    [property: Id(3)] bool Threaded,
    [property: Id(4)] string QueueId,
    [property: Id(5)] bool Duplicate = false);

/// <summary>The attributes an Email interaction carries, so the console finds its case and shows who wrote.</summary>
public static class EmailAttributes
{
    public const string CaseId = "email.caseId";
    public const string From = "email.from";
    public const string Mailbox = "email.mailbox";
    public const string Subject = "email.subject";
}
