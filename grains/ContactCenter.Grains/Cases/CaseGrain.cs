using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// One case. Validates before changing anything, writes every change to the timeline with who and when, keeps
/// its SLA clock in business time and holds its next deadline in one reminder ("sla"), so escalations fire after
/// deactivation or a silo's death. After each save it tells the board and the customer, without waiting.
/// </summary>
public sealed partial class CaseGrain(
    [PersistentState("case", GrainStorage.Name)] IPersistentState<CaseState> state,
    TimeProvider time,
    ILogger<CaseGrain> logger) : Grain, ICaseGrain, IRemindable
{
    private string CaseId => this.GetPrimaryKeyString();
    private CaseState S => state.State;

    public async Task<CaseSnapshot> Create(CaseDraft draft)
    {
        if (draft is null) throw ContactCenterException.Invalid("body", "A case draft is required.");
        Ids.Require(CaseId, "caseId");
        draft.Validate();
        if (S.Draft is { } known)
            return known == draft ? Snapshot() : throw ContactCenterException.Conflict($"Case '{CaseId}' already exists with different details.");
        var customer = await Existing(GrainFactory.GetGrain<ICustomerGrain>(draft.CustomerId).GetSnapshot(), "customerId");
        await Existing(GrainFactory.GetGrain<IQueueGrain>(draft.QueueId).GetConfig(), "queueId");
        var agent = draft.AgentId is { } agentId ? await Existing(Agent(agentId).GetSnapshot(), "agentId") : null;
        if (draft.InteractionId is { } interactionId) await RequireInteractionOf(interactionId, draft.CustomerId);
        var contractId = customer.Profile.EffectiveContractId;
        var contract = await Existing(GrainFactory.GetGrain<IServiceContractGrain>(contractId).Get(), "contractId");

        var now = time.GetUtcNow();
        S.Draft = draft;
        S.Subject = draft.Subject;
        S.Priority = draft.Priority;
        S.Status = agent is null ? CaseStatus.New : CaseStatus.Assigned;
        S.QueueId = draft.QueueId;
        S.AgentId = agent?.Profile.AgentId;
        S.Team = agent?.Profile.Team;
        S.Contract = contract;
        S.CreatedAt = now;
        S.Clock = SlaClock.StartedAt(now);
        S.Escalation = EscalationProgress.StartAt(TimeSpan.Zero);
        Record(CaseEventKind.Created, $"Opened under {contract.Name}, owned by {Owner()}: {draft.Subject}");
        if (draft.InteractionId is { } linked)
        {
            S.InteractionIds.Add(linked);
            Record(CaseEventKind.InteractionLinked, $"Interaction {linked} linked", linked);
        }
        await Save();
        return Snapshot();
    }

    public Task<CaseSnapshot> GetSnapshot()
    {
        RequireExists();
        return Task.FromResult(Snapshot());
    }

    public async Task<CaseSnapshot> ChangeStatus(CaseStatus to, string? reason = null)
    {
        RequireExists();
        if (!Enum.IsDefined(to)) throw ContactCenterException.Invalid("status", "status must be one of New, Assigned, InProgress, PendingCustomer, Resolved, Closed, Reopened.");
        Bounds.RequireOptionalText(reason, "reason", Bounds.MaxNotes, multiLine: true);
        CaseTransitions.Require(S.Status, to);
        var now = time.GetUtcNow();
        RecordBreaches(now);
        var from = S.Status;
        MoveTo(to, now);
        Record(CaseEventKind.StatusChanged, $"{from} → {to}{(string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}")}");
        Acted(now);
        CreditArticles();
        await Save();
        return Snapshot();
    }

    public async Task<CaseSnapshot> Assign(string? agentId, string? queueId = null)
    {
        RequireExists();
        if (agentId is not null) Ids.Require(agentId, "agentId");
        if (queueId is not null) Ids.Require(queueId, "queueId");
        if (!S.Status.IsOpen()) throw ContactCenterException.Conflict($"A {S.Status} case cannot be assigned; reopen it first.");
        var agent = agentId is null ? null : await Existing(Agent(agentId).GetSnapshot(), "agentId");
        if (queueId is not null && queueId != S.QueueId) await Existing(GrainFactory.GetGrain<IQueueGrain>(queueId).GetConfig(), "queueId");
        var queue = queueId ?? S.QueueId;
        if (agentId == S.AgentId && queue == S.QueueId) return Snapshot();
        var now = time.GetUtcNow();
        RecordBreaches(now);
        S.QueueId = queue;
        GiveTo(agent);
        Acted(now);
        await Save();
        return Snapshot();
    }

    public async Task<CaseSnapshot> ChangePriority(CasePriority priority)
    {
        RequireExists();
        if (!Enum.IsDefined(priority)) throw ContactCenterException.Invalid("priority", "priority must be Low, Normal, High or Urgent.");
        if (!S.Status.IsOpen()) throw ContactCenterException.Conflict($"The priority of a {S.Status} case cannot change; reopen it first.");
        if (priority == S.Priority) return Snapshot();
        var now = time.GetUtcNow();
        RecordBreaches(now);
        var before = ResolutionDue(now);
        var from = S.Priority;
        S.Priority = priority;
        Record(CaseEventKind.PriorityChanged, $"{from} → {priority}; resolution due {Show(before)} → {Show(ResolutionDue(now))}");
        await Save();
        return Snapshot();
    }

    public async Task<CaseSnapshot> AddNote(string text)
    {
        RequireExists();
        if (string.IsNullOrWhiteSpace(text)) throw ContactCenterException.Invalid("text", "text is required.");
        Bounds.RequireOptionalText(text, "text", Bounds.MaxNotes, multiLine: true);
        var now = time.GetUtcNow();
        RecordBreaches(now);
        Record(CaseEventKind.Note, text.Trim());
        Acted(now);
        await Save();
        return Snapshot();
    }

    public async Task<CaseSnapshot> LinkInteraction(string interactionId)
    {
        RequireExists();
        Ids.Require(interactionId, "interactionId");
        if (S.InteractionIds.Contains(interactionId)) return Snapshot();
        await RequireInteractionOf(interactionId, S.Draft!.CustomerId);
        RecordBreaches(time.GetUtcNow());
        S.InteractionIds.Add(interactionId);
        Record(CaseEventKind.InteractionLinked, $"Interaction {interactionId} linked", interactionId);
        await Save();
        return Snapshot();
    }

    private void RequireExists()
    {
        if (!S.Exists) throw ContactCenterException.NotFound("Case", CaseId);
    }

    private IAgentGrain Agent(string agentId) => GrainFactory.GetGrain<IAgentGrain>(agentId);

    private async Task RequireInteractionOf(string interactionId, string customerId)
    {
        var interaction = await Existing(GrainFactory.GetGrain<IInteractionGrain>(interactionId).GetSnapshot(), "interactionId");
        if (interaction.CustomerId != customerId)
            throw ContactCenterException.Invalid("interactionId",
                $"Interaction '{interactionId}' belongs to {(interaction.CustomerId is { } c ? $"customer '{c}'" : "no known customer")}, not to customer '{customerId}'.");
    }

    /// <summary>Another entity named in the request does not exist: a 400 naming the field, not a 404 for the case.</summary>
    private static async Task<T> Existing<T>(Task<T> lookup, string field)
    {
        try { return await lookup; }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { throw ContactCenterException.Invalid(field, e.Message); }
    }
}
