using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>What opens a case. QueueId is the queue that owns it while unassigned and whose escalation policy applies.</summary>
[GenerateSerializer, Immutable, Alias("cc.case-draft")]
public sealed record CaseDraft(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string Subject,
    [property: Id(2)] string QueueId,
    [property: Id(3)] CasePriority Priority = CasePriority.Normal,
    [property: Id(4)] Channel Origin = Channel.Voice,
    [property: Id(5)] string? Description = null,
    [property: Id(6)] string? Product = null,
    [property: Id(7)] string? InteractionId = null,
    [property: Id(8)] string? AgentId = null,
    [property: Id(9)] string? SelfServiceReference = null)
{
    public const int MaxSubject = 200;

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field.</summary>
    public void Validate()
    {
        Ids.Require(CustomerId, "customerId");
        Bounds.RequireText(Subject, "subject", MaxSubject);
        Ids.Require(QueueId, "queueId");
        if (!Enum.IsDefined(Priority)) throw ContactCenterException.Invalid("priority", "priority must be Low, Normal, High or Urgent.");
        if (!Enum.IsDefined(Origin)) throw ContactCenterException.Invalid("origin", "origin must be Voice, Chat, Email or Callback.");
        Bounds.RequireOptionalText(Description, "description", Bounds.MaxNotes, multiLine: true);
        Bounds.RequireOptionalText(Product, "product", Bounds.MaxName);
        if (InteractionId is not null) Ids.Require(InteractionId, "interactionId");
        if (AgentId is not null) Ids.Require(AgentId, "agentId");
        if (SelfServiceReference is not null && SelfServiceReferences.Normalize(SelfServiceReference) != SelfServiceReference)
            throw ContactCenterException.Invalid("selfServiceReference", "selfServiceReference must look like SR-XXXX-XXXX.");
    }
}

/// <summary>One timeline entry: what happened, who did it ("system" for the SLA clock) and when.</summary>
[GenerateSerializer, Immutable, Alias("cc.case-event")]
public sealed record CaseEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] CaseEventKind Kind,
    [property: Id(3)] string Detail,
    [property: Id(4)] string? Reference = null);

/// <summary>
/// The SLA picture at the moment of the snapshot. Due times assume the clock keeps running in coverage;
/// while paused they are null and the Remaining values (business time) say what is left.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.case-sla")]
public sealed record CaseSla(
    [property: Id(0)] SlaState State,
    [property: Id(1)] DateTimeOffset? FirstResponseDue,
    [property: Id(2)] DateTimeOffset? FirstResponseAt,
    [property: Id(3)] DateTimeOffset? ResolutionDue,
    [property: Id(4)] DateTimeOffset? ResolvedAt,
    [property: Id(5)] bool FirstResponseBreached,
    [property: Id(6)] bool ResolutionBreached,
    [property: Id(7)] TimeSpan? FirstResponseRemaining,
    [property: Id(8)] TimeSpan? ResolutionRemaining,
    [property: Id(9)] DateTimeOffset? NextDeadline,
    [property: Id(10)] DateTimeOffset? PredictedBreachAt,
    [property: Id(11)] bool Paused);

/// <summary>A case as its page shows it.</summary>
[GenerateSerializer, Immutable, Alias("cc.case-snapshot")]
public sealed record CaseSnapshot(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string Subject,
    [property: Id(3)] string? Description,
    [property: Id(4)] string? Product,
    [property: Id(5)] Channel Origin,
    [property: Id(6)] CasePriority Priority,
    [property: Id(7)] CaseStatus Status,
    [property: Id(8)] string QueueId,
    [property: Id(9)] string? AgentId,
    [property: Id(10)] string? Team,
    [property: Id(11)] string ContractId,
    [property: Id(12)] DateTimeOffset CreatedAt,
    [property: Id(13)] DateTimeOffset UpdatedAt,
    [property: Id(14)] CaseSla Sla,
    [property: Id(15)] int EscalationLevel,
    [property: Id(16)] IReadOnlyList<string> InteractionIds,
    [property: Id(17)] IReadOnlyList<CaseEvent> Timeline,
    [property: Id(18)] string? SelfServiceReference = null)
{
    public IReadOnlyList<CaseStatus> AllowedMoves => CaseTransitions.From(Status);
}

/// <summary>One row of the case list: scalar members only, so the board can drop repeats.</summary>
[GenerateSerializer, Immutable, Alias("cc.case-summary")]
public sealed record CaseSummary(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string Subject,
    [property: Id(3)] CasePriority Priority,
    [property: Id(4)] CaseStatus Status,
    [property: Id(5)] string QueueId,
    [property: Id(6)] string? AgentId,
    [property: Id(7)] string? Team,
    [property: Id(8)] string ContractId,
    [property: Id(9)] SlaState Sla,
    [property: Id(10)] DateTimeOffset? NextDeadline,
    [property: Id(11)] DateTimeOffset? FirstResponseDue,
    [property: Id(12)] DateTimeOffset? ResolutionDue,
    [property: Id(13)] DateTimeOffset? PredictedBreachAt,
    [property: Id(14)] int EscalationLevel,
    [property: Id(15)] int Breaches,
    [property: Id(16)] DateTimeOffset CreatedAt,
    [property: Id(17)] DateTimeOffset UpdatedAt);

/// <summary>Filters and a page of the case list. Null filters match everything.</summary>
[GenerateSerializer, Immutable, Alias("cc.case-query")]
public sealed record CaseQuery(
    [property: Id(0)] string? QueueId = null,
    [property: Id(1)] string? Team = null,
    [property: Id(2)] CasePriority? Priority = null,
    [property: Id(3)] string? ContractId = null,
    [property: Id(4)] SlaState? Sla = null,
    [property: Id(5)] string? AgentId = null,
    [property: Id(6)] string? CustomerId = null,
    [property: Id(7)] bool OpenOnly = true,
    [property: Id(8)] int Skip = 0,
    [property: Id(9)] int Take = 50)
{
    public const int MaxTake = 500;

    public void Validate()
    {
        if (QueueId is not null) Ids.Require(QueueId, "queueId");
        Bounds.RequireOptionalText(Team, "team", Bounds.MaxName);
        if (ContractId is not null) Ids.Require(ContractId, "contractId");
        if (AgentId is not null) Ids.Require(AgentId, "agentId");
        if (CustomerId is not null) Ids.Require(CustomerId, "customerId");
        Bounds.RequireRange(Skip, "skip", 0, int.MaxValue);
        Bounds.RequireRange(Take, "take", 1, MaxTake);
    }
}

/// <summary>A page of the case list, most urgent first (breached, at risk, then by next deadline).</summary>
[GenerateSerializer, Immutable, Alias("cc.case-page")]
public sealed record CasePage(
    [property: Id(0)] IReadOnlyList<CaseSummary> Items,
    [property: Id(1)] int Total,
    [property: Id(2)] int Skip,
    [property: Id(3)] int Take);

/// <summary>Open cases by SLA state, for the wallboard tile; scalar, so repeats are dropped.</summary>
[GenerateSerializer, Immutable, Alias("cc.case-counts")]
public sealed record CaseCounts(
    [property: Id(0)] int OnTrack,
    [property: Id(1)] int AtRisk,
    [property: Id(2)] int Breached,
    [property: Id(3)] int Paused,
    [property: Id(4)] int Open,
    [property: Id(5)] int EscalatedToday)
{
    public static CaseCounts Empty { get; } = new(0, 0, 0, 0, 0, 0);
}

/// <summary>What a customer grain keeps about each of its cases: enough for the screen pop and churn features.</summary>
[GenerateSerializer, Immutable, Alias("cc.customer-case")]
public sealed record CustomerCase(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string Subject,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] CasePriority Priority,
    [property: Id(4)] SlaState Sla,
    [property: Id(5)] bool Escalated,
    [property: Id(6)] int Breaches,
    [property: Id(7)] DateTimeOffset UpdatedAt);

/// <summary>
/// A pushed escalation notice with a link to the case. Acknowledged by whoever acts on it, and the
/// acknowledgement is written to the case timeline.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.case-notification")]
public sealed record CaseNotification(
    [property: Id(0)] string NotificationId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string Subject,
    [property: Id(3)] EscalationStep Step,
    [property: Id(4)] NotificationAudience Audience,
    [property: Id(5)] string? Team,
    [property: Id(6)] string QueueId,
    [property: Id(7)] string Message,
    [property: Id(8)] DateTimeOffset RaisedAt,
    [property: Id(9)] string? AcknowledgedBy = null,
    [property: Id(10)] DateTimeOffset? AcknowledgedAt = null)
{
    public bool Acknowledged => AcknowledgedBy is not null;
}

/// <summary>What the customer wrote on a case. Reference is the email's message id (used to drop a repeat), or null.</summary>
[GenerateSerializer, Immutable, Alias("cc.customer-message")]
public sealed record CustomerMessage(
    [property: Id(0)] CaseEventKind Kind,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Reference = null,
    [property: Id(3)] string? Subject = null)
{
    public const int MaxText = 20_000;

    public void Validate()
    {
        if (Kind is not (CaseEventKind.EmailReceived or CaseEventKind.CustomerComment))
            throw ContactCenterException.Invalid("kind", "kind must be EmailReceived or CustomerComment.");
        if (string.IsNullOrWhiteSpace(Text)) throw ContactCenterException.Invalid("text", "text is required.");
        Bounds.RequireOptionalText(Text, "text", MaxText, multiLine: true);
        Bounds.RequireOptionalText(Reference, "reference", Bounds.MaxName * 2);
        Bounds.RequireOptionalText(Subject, "subject", CaseDraft.MaxSubject * 2);
    }
}

/// <summary>An agent's email reply on a case. Reference is the outbound message id; ArticleId an article sent with it.</summary>
[GenerateSerializer, Immutable, Alias("cc.case-reply")]
public sealed record CaseReply(
    [property: Id(0)] string Text,
    [property: Id(1)] string To,
    [property: Id(2)] string Subject,
    [property: Id(3)] string Reference,
    [property: Id(4)] string? ArticleId = null)
{
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Text)) throw ContactCenterException.Invalid("text", "text is required.");
        Bounds.RequireOptionalText(Text, "text", CustomerMessage.MaxText, multiLine: true);
        Bounds.RequireText(To, "to", EmailAddresses.MaxLength);
        Bounds.RequireText(Subject, "subject", CaseDraft.MaxSubject * 2);
        Bounds.RequireText(Reference, "reference", Bounds.MaxName * 2);
        if (ArticleId is not null) Ids.Require(ArticleId, "articleId");
    }
}
