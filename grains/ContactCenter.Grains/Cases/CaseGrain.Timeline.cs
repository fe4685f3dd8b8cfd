using System.Globalization;
using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Cases;

/// <summary>The timeline, the views of the case (snapshot, board summary, customer fact) and telling others after a save.</summary>
public sealed partial class CaseGrain
{
    /// <summary>Timeline entries kept: the Created entry and the newest after it.</summary>
    public const int TimelineCap = 1_000;

    private void Record(CaseEventKind kind, string detail, string? reference = null, string? by = null, DateTimeOffset? at = null)
    {
        var when = at ?? time.GetUtcNow();
        S.Timeline.Add(new CaseEvent(when, by ?? Actor.Current, kind, detail, reference));
        if (S.Timeline.Count > TimelineCap) S.Timeline.RemoveRange(1, S.Timeline.Count - TimelineCap);
        S.UpdatedAt = time.GetUtcNow();
    }

    /// <summary>A status change, note or assignment by a person: step 3 counts from the latest.</summary>
    private void Acted(DateTimeOffset now)
    {
        if (Actor.Current != Actor.System) S.Escalation = S.Escalation.ActedAt(S.Clock.Elapsed(Coverage(), now));
    }

    /// <summary>Gives the case to an agent (New or Reopened becomes Assigned), or to its queue when agent is null.</summary>
    private void GiveTo(AgentSnapshot? agent, string? by = null)
    {
        S.AgentId = agent?.Profile.AgentId;
        S.Team = agent?.Profile.Team;
        Record(CaseEventKind.Assigned, agent is null ? $"Returned to queue {S.QueueId}" : $"Assigned to {Owner()}", agent?.Profile.AgentId, by);
        if (agent is null || S.Status is not (CaseStatus.New or CaseStatus.Reopened)) return;
        var from = S.Status;
        S.Status = CaseStatus.Assigned;
        Record(CaseEventKind.StatusChanged, $"{from} → {CaseStatus.Assigned}", by: by);
    }

    private string Owner() => S.AgentId is { } agent
        ? $"{agent}{(string.IsNullOrWhiteSpace(S.Team) ? "" : $" (team {S.Team})")}"
        : $"queue {S.QueueId}";

    private static string Show(DateTimeOffset? at) => at is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "none (paused)";

    private CaseSnapshot Snapshot()
    {
        var d = S.Draft!;
        return new CaseSnapshot(CaseId, d.CustomerId, S.Subject, d.Description, d.Product, d.Origin, S.Priority, S.Status,
            S.QueueId, S.AgentId, S.Team, S.Contract!.ContractId, S.CreatedAt, S.UpdatedAt, Sla(time.GetUtcNow()),
            S.EscalationLevel, S.InteractionIds.ToArray(), S.Timeline.ToArray(), d.SelfServiceReference);
    }

    private CaseSummary Summary(CaseSla sla) => new(
        CaseId, S.Draft!.CustomerId, S.Subject, S.Priority, S.Status, S.QueueId, S.AgentId, S.Team, S.Contract!.ContractId,
        sla.State, sla.NextDeadline, sla.FirstResponseDue, sla.ResolutionDue, sla.PredictedBreachAt, S.EscalationLevel,
        S.Breaches, S.CreatedAt, S.UpdatedAt);

    /// <summary>Best effort, after the save: the board's row and the customer's case fact. Neither is awaited.</summary>
    private void Publish(DateTimeOffset now)
    {
        var sla = Sla(now);
        try { _ = GrainFactory.GetGrain<ICaseBoardGrain>(CaseBoard).Upsert(Summary(sla)); }
        catch (Exception ex) { logger.LogWarning(ex, "Case {CaseId} could not reach the case board", CaseId); }
        var fact = new CustomerCase(CaseId, S.Subject, S.Status, S.Priority, sla.State, S.EscalationLevel > 0, S.Breaches, S.UpdatedAt);
        FireAndForget.Run(GrainFactory.GetGrain<ICustomerGrain>(S.Draft!.CustomerId).RecordCase(fact), logger, "customer case update");
    }

    /// <summary>The board's key.</summary>
    public const string CaseBoard = "center";
}
