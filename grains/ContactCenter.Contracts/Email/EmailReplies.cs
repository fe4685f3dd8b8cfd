using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>An agent's email reply on a case, as the console composes it. ArticleId: a published article sent with it.</summary>
[GenerateSerializer, Immutable, Alias("cc.email-reply-draft")]
public sealed record EmailReplyDraft(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Text,
    [property: Id(4)] string? ArticleId = null)
{
    public void Validate()
    {
        Ids.Require(CaseId, "caseId");
        EmailAddressRules.RequireAddress(To, "to");
        Bounds.RequireText(Subject, "subject", InboundEmail.MaxSubject);
        if (string.IsNullOrWhiteSpace(Text)) throw ContactCenterException.Invalid("text", "text is required.");
        Bounds.RequireOptionalText(Text, "text", CustomerMessage.MaxText, multiLine: true);
        Ids.RequireOptional(ArticleId, "articleId");
    }
}

/// <summary>Where a reply stands: Pending (stored on the case, not yet handed over), Sent, Retrying after a failure, or Failed for good.</summary>
public enum EmailDeliveryStatus { Pending, Sent, Retrying, Failed }

/// <summary>One reply in the outbox: its Message-Id, thread headers, and how its delivery went (Receipt: the file or the relay's answer).</summary>
[GenerateSerializer, Immutable, Alias("cc.email-delivery")]
public sealed record EmailDelivery(
    [property: Id(0)] string ReplyId,
    [property: Id(1)] string MessageId,
    [property: Id(2)] string CaseId,
    [property: Id(3)] string To,
    [property: Id(4)] string Subject,
    [property: Id(5)] EmailDeliveryStatus Status,
    [property: Id(6)] int Attempts,
    [property: Id(7)] DateTimeOffset QueuedAt,
    [property: Id(8)] string? InReplyTo = null,
    [property: Id(9)] IReadOnlyList<string>? References = null,
    [property: Id(10)] DateTimeOffset? SentAt = null,
    [property: Id(11)] DateTimeOffset? NextAttemptAt = null,
    [property: Id(12)] string? LastError = null,
    [property: Id(13)] string? Receipt = null);

/// <summary>
/// The outbox of one reply. Send stores the reply on the case first (ICaseGrain.AddReply), registers its Message-Id in
/// the thread index, then hands it to the outbound mail port; a failed hand-over is retried by a reminder with backoff
/// and stays visible here. Sending the same reply id again answers its delivery. Key: a reply id the composer chooses.
/// </summary>
public interface IEmailOutboxGrain : IGrainWithStringKey
{
    Task<EmailDelivery> Send(EmailReplyDraft draft);

    /// <summary>NotFound when nothing was sent under this id.</summary>
    Task<EmailDelivery> GetDelivery();
}
