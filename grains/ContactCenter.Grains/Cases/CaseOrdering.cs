namespace ContactCenter.Grains.Cases;

/// <summary>
/// The two orders of the case list. Board order is most urgent first: open cases that breached, then at risk, then
/// by next deadline (none last), then higher priority, then id, with closed cases after every open one. Pick-up
/// order is how a queue's agents take cases that have not started: higher priority first, then the earliest
/// first-response due, then id. Both end on the id, so they are total and deterministic.
/// </summary>
public static class CaseOrdering
{
    public static IComparer<CaseSummary> Board { get; } = Comparer<CaseSummary>.Create(CompareBoard);

    public static IComparer<CaseSummary> Pickup { get; } = Comparer<CaseSummary>.Create(ComparePickup);

    /// <summary>0 breached, 1 at risk, 2 any other open case, 3 closed.</summary>
    public static int Rank(CaseSummary c) => !c.Status.IsOpen() ? 3 : c.Sla switch
    {
        SlaState.Breached => 0,
        SlaState.AtRisk => 1,
        _ => 2,
    };

    private static int CompareBoard(CaseSummary? a, CaseSummary? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var c = Rank(a).CompareTo(Rank(b));
        if (c != 0) return c;
        c = CompareDeadline(a.NextDeadline, b.NextDeadline);
        if (c != 0) return c;
        c = b.Priority.CompareTo(a.Priority);
        return c != 0 ? c : string.CompareOrdinal(a.CaseId, b.CaseId);
    }

    private static int ComparePickup(CaseSummary? a, CaseSummary? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var c = b.Priority.CompareTo(a.Priority);
        if (c != 0) return c;
        c = CompareDeadline(a.FirstResponseDue, b.FirstResponseDue);
        return c != 0 ? c : string.CompareOrdinal(a.CaseId, b.CaseId);
    }

    /// <summary>Earlier first; no deadline sorts after every deadline.</summary>
    private static int CompareDeadline(DateTimeOffset? a, DateTimeOffset? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => a.Value.CompareTo(b.Value),
    };

    /// <summary>Open and the first response not yet given: the case still waits for an agent to pick it up.</summary>
    public static bool AwaitsPickup(CaseSummary c) => c.Status.IsOpen() && !c.Status.IsStarted();
}
