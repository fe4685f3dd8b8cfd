namespace ContactCenter.Load.Replay;

/// <summary>
/// Computes the figures used to judge a replay against history. Both sides go through
/// <see cref="Of"/> so they are defined identically: every call counts in the mean and p90 wait,
/// and service level is answered-within-T over answered plus abandoned.
/// </summary>
public static class ReplayFiguresCalculator
{
    private const int PriorityClass = 2;

    public static ReplayFigures Of(IEnumerable<CallWait> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var all = calls.ToList();
        return new ReplayFigures(
            Summarise(all),
            Summarise(all.Where(c => c.Priority != PriorityClass).ToList()),
            Summarise(all.Where(c => c.Priority == PriorityClass).ToList()));
    }

    /// <summary>The figures history achieved, computed exactly as a replay's would be.</summary>
    public static ReplayFigures Historical(IEnumerable<TraceCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return Of(calls.Select(c => new CallWait(c.Priority, c.WaitSeconds, c.Outcome == TraceOutcome.Answered)));
    }

    private static WaitFigures Summarise(IReadOnlyList<CallWait> calls)
    {
        var n = calls.Count;
        var answered = calls.Count(c => c.Answered);
        if (n == 0)
        {
            return new WaitFigures(0, 0, 0, 0, 0, 100, 100);
        }

        var waits = calls.Select(c => c.WaitSeconds).Order().ToArray();

        // Nearest rank: index ceil(0.9 n) - 1, computed in integers to avoid 0.9 * n rounding up.
        var p90 = waits[((9 * n) + 9) / 10 - 1];
        return new WaitFigures(
            n, answered, n - answered, waits.Average(), p90, ServiceLevel(calls, 20), ServiceLevel(calls, 60));
    }

    private static double ServiceLevel(IReadOnlyList<CallWait> calls, double thresholdSeconds) =>
        100.0 * calls.Count(c => c.Answered && c.WaitSeconds <= thresholdSeconds) / calls.Count;
}
