using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>Inbound mail, the email routing rules and agents' replies: one grain operation each, validated by the owning grain.</summary>
public sealed class EmailCommands(IGrainFactory grains)
{
    public const string Center = "center";

    /// <summary>Keyed by the message id; without one, any key will do: the grain names messageId before it looks at its key.</summary>
    public Task<EmailAccepted> Receive(InboundEmail email) =>
        grains.GetGrain<IEmailIntakeGrain>(InboundEmail.Bare(email.MessageId ?? "") is { Length: > 0 } key ? key : "missing").Receive(email);

    public Task<EmailRouting> Rules() => grains.GetGrain<IEmailRoutingGrain>(Center).Get();
    public Task<EmailRouting> PutRules(EmailRouting routing) => grains.GetGrain<IEmailRoutingGrain>(Center).Put(routing);
    public Task<IReadOnlyList<AuditEntry>> RulesAudit() => grains.GetGrain<IEmailRoutingGrain>(Center).GetAudit();

    /// <summary>Sends as the given agent (the actor of the case timeline). replyId makes a double click send once.</summary>
    public async Task<EmailDelivery> Reply(string? actor, string replyId, EmailReplyDraft draft)
    {
        Actor.Set(actor);
        return await grains.GetGrain<IEmailOutboxGrain>(replyId).Send(draft);
    }

    public Task<EmailDelivery> Delivery(string replyId) => grains.GetGrain<IEmailOutboxGrain>(replyId).GetDelivery();

    /// <summary>The case behind an email work item, read as the agent (null when the interaction is not an email).</summary>
    public async Task<CaseSnapshot?> CaseOf(InteractionSnapshot interaction) =>
        interaction.Attributes.TryGetValue(EmailAttributes.CaseId, out var caseId) ? await grains.GetGrain<ICaseGrain>(caseId).GetSnapshot() : null;
}
