using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Grains.Email;

/// <summary>
/// One reply's outbox. The reply goes on the case first (the case refuses a reply it cannot take, and then nothing
/// is stored here), its Message-Id into the thread index, the delivery into this grain's state, and only then to the
/// outbound port. A failed hand-over is retried by an Orleans reminder (it survives deactivation and restarts) with
/// backoff; after the last attempt the delivery is Failed and the case timeline says so.
/// </summary>
public sealed class EmailOutboxGrain(
    [PersistentState("email-outbox", GrainStorage.Name)] IPersistentState<EmailOutboxState> state,
    IOutboundMail mail,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<EmailOutboxGrain> logger) : Grain, IEmailOutboxGrain, IRemindable
{
    private const string RetryReminder = "send";
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4)];
    public const int MaxAttempts = 6;
    private const int MaxReferences = 20;

    private string ReplyId => this.GetPrimaryKeyString();

    public async Task<EmailDelivery> Send(EmailReplyDraft draft)
    {
        Ids.Require(ReplyId, "replyId");
        if (draft is null) throw ContactCenterException.Invalid("body", "A reply is required.");
        draft.Validate();
        if (state.State.Delivery is { } known)
            return known.CaseId == draft.CaseId ? known : throw ContactCenterException.Conflict($"Reply '{ReplyId}' was already sent on case '{known.CaseId}'.");
        var messageId = $"{ReplyId}@{options.Value.Domain}";
        var thread = (await Case(draft.CaseId).GetSnapshot()).Timeline;
        var inReplyTo = thread.LastOrDefault(e => e.Kind == CaseEventKind.EmailReceived && e.Reference is not null)?.Reference;
        var references = thread.Where(e => e.Kind is CaseEventKind.EmailReceived or CaseEventKind.EmailSent && e.Reference is not null)
            .Select(e => e.Reference!).Distinct(StringComparer.Ordinal).TakeLast(MaxReferences).ToArray();

        await Case(draft.CaseId).AddReply(new CaseReply(draft.Text, draft.To, draft.Subject, messageId, draft.ArticleId));
        await GrainFactory.GetGrain<IEmailThreadGrain>(messageId).Register(draft.CaseId);
        if (draft.ArticleId is { } articleId)
            FireAndForget.Run(GrainFactory.GetGrain<IKnowledgeArticleGrain>(articleId).RecordUse(new KnowledgeUse(KnowledgeUseKind.SentInEmail, null, draft.CaseId)),
                logger, "count an article sent in an email");

        state.State.Delivery = new EmailDelivery(ReplyId, messageId, draft.CaseId, draft.To, draft.Subject.Trim(), EmailDeliveryStatus.Pending, 0,
            time.GetUtcNow(), inReplyTo, references);
        state.State.Text = draft.Text;
        await state.WriteStateAsync();
        await Attempt();
        return state.State.Delivery;
    }

    public Task<EmailDelivery> GetDelivery() =>
        state.State.Delivery is { } d ? Task.FromResult(d) : throw ContactCenterException.NotFound("Email reply", ReplyId);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.Delivery is { Status: EmailDeliveryStatus.Retrying or EmailDeliveryStatus.Pending }) await Attempt();
        else await StopRetrying();
    }

    private async Task Attempt()
    {
        var d = state.State.Delivery!;
        var message = new OutboundMessage(d.MessageId, options.Value.From, d.To, d.Subject, state.State.Text, d.InReplyTo, d.References ?? []);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var receipt = await mail.Send(message, timeout.Token);
            state.State.Delivery = d with { Status = EmailDeliveryStatus.Sent, Attempts = d.Attempts + 1, SentAt = time.GetUtcNow(), NextAttemptAt = null, Receipt = receipt };
            await state.WriteStateAsync();
            await StopRetrying();
            logger.LogInformation("Email reply {MessageId} on case {CaseId} sent: {Receipt}", d.MessageId, d.CaseId, receipt);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await Failed(d, ex);
        }
    }

    private async Task Failed(EmailDelivery d, Exception ex)
    {
        var attempts = d.Attempts + 1;
        var error = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
        var wait = Backoff[Math.Min(attempts - 1, Backoff.Length - 1)];
        var givingUp = attempts >= MaxAttempts;
        state.State.Delivery = d with
        {
            Status = givingUp ? EmailDeliveryStatus.Failed : EmailDeliveryStatus.Retrying, Attempts = attempts, LastError = error,
            NextAttemptAt = givingUp ? null : time.GetUtcNow() + wait,
        };
        await state.WriteStateAsync();
        logger.LogWarning(ex, "Email reply {MessageId} on case {CaseId}: attempt {Attempt} failed{Then}", d.MessageId, d.CaseId, attempts, givingUp ? "; giving up" : $", retry in {wait}");
        if (!givingUp)
        {
            await this.RegisterOrUpdateReminder(RetryReminder, wait, wait);
            return;
        }
        await StopRetrying();
        await Case(d.CaseId).AddNote($"The email reply \"{d.Subject}\" to {d.To} could not be sent after {attempts} attempts: {error}");
    }

    private async Task StopRetrying()
    {
        if (await this.GetReminder(RetryReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private ICaseGrain Case(string caseId) => GrainFactory.GetGrain<ICaseGrain>(caseId);
}

[GenerateSerializer, Alias("cc.email-outbox-state")]
public sealed class EmailOutboxState
{
    [Id(0)] public EmailDelivery? Delivery { get; set; }
    [Id(1)] public string Text { get; set; } = "";
}
