namespace ContactCenter.Grains.Cases;

/// <summary>
/// Escalation: everything due at the TimeProvider's now is applied in chain order, each step once per case (per
/// reopen), written to the timeline by "system". Notifications go to the center's notification grain.
/// </summary>
public sealed partial class CaseGrain
{
    /// <summary>Candidates tried when the queue's suggestion turns out to be logged out.</summary>
    private const int MaxOwnerTries = 5;

    private async Task EvaluateDue()
    {
        var now = time.GetUtcNow();
        RecordBreaches(now);
        // Steps are business time: a late or retried reminder outside coverage waits for the next opening.
        if (!S.Status.IsOpen() || !Coverage().IsOpen(now)) return;
        var policy = await GrainFactory.GetGrain<IEscalationPolicyGrain>(S.QueueId).Get();
        foreach (var _ in EscalationRules.Steps)
        {
            var used = S.Clock.Elapsed(Coverage(), now);
            if (EscalationRules.FirstDue(policy, S.Escalation, S.Status, ResolutionTarget, used) is not { } step) return;
            S.Escalation = S.Escalation.With(step, used);
            S.EscalationLevel = Math.Max(S.EscalationLevel, (int)step);
            await Escalate(step, policy, now);
            RecordBreaches(now);
        }
    }

    private Task Escalate(EscalationStep step, EscalationPolicy policy, DateTimeOffset now) => step switch
    {
        EscalationStep.Reassigned => Reassign(policy),
        EscalationStep.SupervisorNotified => Notify(step, NotificationAudience.Supervisors, now,
            $"Step 2: case not started {policy.PickupMinutes.GetValueOrDefault() + policy.SupervisorMinutes.GetValueOrDefault()} business minutes after it was opened; the team's supervisor is notified"),
        EscalationStep.ManagersNotified => Notify(step, NotificationAudience.Managers, now,
            $"Step 3: no action {policy.ManagersMinutes} business minutes after the supervisor was notified; the center's managers are notified"),
        _ => ToSpecialists(policy, now),
    };

    private async Task Reassign(EscalationPolicy policy)
    {
        var previous = S.AgentId;
        var agent = await NextOwner();
        var why = $"Step 1: not picked up within {policy.PickupMinutes} business minutes";
        if (agent is null)
        {
            S.AgentId = null;
            Record(CaseEventKind.Escalated, $"{why}; no agent was available, so the case is back with queue {S.QueueId}", by: Actor.System);
            return;
        }
        Record(CaseEventKind.Escalated, $"{why}; reassigned from {previous ?? $"queue {S.QueueId}"} to {agent.Profile.AgentId}", agent.Profile.AgentId, Actor.System);
        GiveTo(agent, Actor.System);
    }

    /// <summary>The queue's best logged-in agent for the case other than the current owner, through the router's ranking.</summary>
    private async Task<AgentSnapshot?> NextOwner()
    {
        var queue = GrainFactory.GetGrain<IQueueGrain>(S.QueueId);
        var excluded = new List<string>();
        for (var i = 0; i < MaxOwnerTries; i++)
        {
            string? candidate;
            try { candidate = await queue.SuggestCaseOwner(S.AgentId, excluded); }
            catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { return null; }
            if (candidate is null) return null;
            try
            {
                var agent = await Agent(candidate).GetSnapshot();
                if (agent.Presence != AgentPresence.LoggedOut) return agent;
            }
            catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { }
            excluded.Add(candidate);
        }
        return null;
    }

    private async Task ToSpecialists(EscalationPolicy policy, DateTimeOffset now)
    {
        var changes = new List<string>();
        if (policy.SpecialistQueueId is { } specialists && specialists != S.QueueId)
        {
            changes.Add($"moved from queue {S.QueueId} to specialist queue {specialists}");
            S.QueueId = specialists;
            S.AgentId = null;
        }
        if (policy.RaisePriority && S.Priority < CasePriority.Urgent)
        {
            changes.Add($"priority {S.Priority} → {S.Priority + 1}");
            S.Priority++;
        }
        var detail = $"Step 4: resolution target breached; {(changes.Count == 0 ? "no specialist queue or priority rise configured" : string.Join("; ", changes))}";
        await Notify(EscalationStep.SpecialistQueue, NotificationAudience.Supervisors, now, detail);
    }

    /// <summary>Raises the notice (its id is stable per case, step and round, so a retry does not raise it twice) and records the step.</summary>
    private async Task Notify(EscalationStep step, NotificationAudience audience, DateTimeOffset now, string detail)
    {
        var id = $"{CaseId}-{(int)step}-{S.Escalation.Base.Ticks}";
        await GrainFactory.GetGrain<ICaseNotificationsGrain>(CaseBoard).Raise(
            new CaseNotification(id, CaseId, S.Subject, step, audience, S.Team, S.QueueId, detail, now));
        Record(CaseEventKind.Escalated, detail, id, Actor.System);
    }

    public async Task RecordAcknowledgement(CaseNotification notification)
    {
        RequireExists();
        if (notification is null) throw ContactCenterException.Invalid("body", "A notification is required.");
        if (notification.CaseId != CaseId)
            throw ContactCenterException.Invalid("caseId", $"Notification '{notification.NotificationId}' is about case '{notification.CaseId}', not '{CaseId}'.");
        if (S.Timeline.Any(e => e.Kind == CaseEventKind.NotificationAcknowledged && e.Reference == notification.NotificationId)) return;
        var by = notification.AcknowledgedBy ?? Actor.Current;
        Record(CaseEventKind.NotificationAcknowledged, $"{notification.Audience} notice (step {(int)notification.Step}) acknowledged by {by}",
            notification.NotificationId, by, notification.AcknowledgedAt);
        await Save();
    }
}
