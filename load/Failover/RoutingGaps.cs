namespace ContactCenter.Load.Failover;

/// <summary>A stretch of the run with no assignment, in seconds since the run began.</summary>
internal sealed record Gap(double From, double To, bool EndedByAssignment)
{
    public double Seconds => To - From;
}

/// <summary>Assignments in [From, To) and their rate.</summary>
internal sealed record RateWindow(double From, double To, int Assignments)
{
    public double PerSecond => To > From ? Assignments / (To - From) : 0;
}

/// <summary>
/// How routing went through the kill: the longest gap after it, when routing came back (RecoveredAt), from when
/// it is compared with before (SettledAt: the later of RecoveredAt and SettleSeconds after the kill), and the
/// assignment rates in the minute before the kill and the minute from SettledAt.
/// </summary>
internal sealed record RoutingAnalysis(
    double KillAt,
    double ArrivalsEnd,
    double? FirstAssignmentAfterKillSeconds,
    Gap LongestGapAfterKill,
    Gap? LongestGapBeforeKill,
    double? RecoveredAt,
    double? SettledAt,
    RateWindow Before,
    RateWindow? AfterRecovery);

/// <summary>
/// Gap and rate arithmetic over assignment times (seconds since the run began). While callers keep arriving
/// an assignment is expected every few seconds, so the longest stretch without one after the kill, up to the
/// end of the arrivals, is the outage as callers saw it; the longest stretch in the minute before is the
/// ordinary Poisson baseline to read it against.
/// </summary>
internal static class RoutingGaps
{
    public const double WindowSeconds = 60;

    /// <summary>An after-recovery window shorter than this is not worth a rate.</summary>
    public const double MinimumWindowSeconds = 5;

    /// <summary>Membership notices a dead silo within seconds; "after" starts no earlier than this after the kill.</summary>
    public const double SettleSeconds = 30;

    /// <summary>
    /// RecoveredAt is the end of the longest gap after the kill when that gap is longer than any in the minute
    /// before (an outage, not Poisson noise); otherwise routing never visibly stopped and it is the first
    /// assignment after the kill. Null when no assignment came after the kill at all.
    /// </summary>
    public static RoutingAnalysis Analyse(IEnumerable<double> assignments, double killAt, double arrivalsEnd, double window = WindowSeconds)
    {
        var sorted = assignments.Order().ToArray();
        var beforeFrom = Math.Max(0, killAt - window);
        var before = new RateWindow(beforeFrom, killAt, sorted.Count(t => t >= beforeFrom && t < killAt));
        var baseline = LongestBetween(sorted.Where(t => t >= beforeFrom && t < killAt).ToArray());
        double? first = sorted.Where(t => t > killAt).Select(t => (double?)t).FirstOrDefault();
        var gap = LongestAfter(sorted, killAt, arrivalsEnd);
        var outage = gap.Seconds > (baseline?.Seconds ?? 0);
        double? recovered = !outage ? first
            : gap.EndedByAssignment ? gap.To
            : sorted.Where(t => t >= gap.To).Select(t => (double?)t).FirstOrDefault();
        double? settled = recovered is { } r ? Math.Max(r, killAt + SettleSeconds) : null;
        RateWindow? after = null;
        if (settled is { } from && Math.Min(from + window, arrivalsEnd) - from >= MinimumWindowSeconds)
        {
            var to = Math.Min(from + window, arrivalsEnd);
            after = new RateWindow(from, to, sorted.Count(t => t >= from && t < to));
        }
        return new RoutingAnalysis(killAt, arrivalsEnd, first - killAt, gap, baseline, recovered, settled, before, after);
    }

    /// <summary>From the kill to the end of the arrivals: the kill and the end count as edges, assignments in between split it.</summary>
    public static Gap LongestAfter(IReadOnlyList<double> sorted, double killAt, double arrivalsEnd)
    {
        var end = Math.Max(killAt, arrivalsEnd);
        var longest = new Gap(killAt, end, false);
        var previous = killAt;
        var found = false;
        foreach (var t in sorted.Where(t => t > killAt && t <= end))
        {
            if (!found || t - previous > longest.Seconds) longest = new Gap(previous, t, true);
            (previous, found) = (t, true);
        }
        if (found && end - previous > longest.Seconds) longest = new Gap(previous, end, false);
        return longest;
    }

    /// <summary>The longest stretch between two consecutive assignments; null with fewer than two.</summary>
    public static Gap? LongestBetween(IReadOnlyList<double> sorted)
    {
        Gap? longest = null;
        for (var i = 1; i < sorted.Count; i++)
            if (longest is null || sorted[i] - sorted[i - 1] > longest.Seconds) longest = new Gap(sorted[i - 1], sorted[i], true);
        return longest;
    }

    /// <summary>Counts per whole second from 0 to `seconds` (exclusive), for the timeline chart.</summary>
    public static int[] PerSecond(IEnumerable<double> times, int seconds)
    {
        var counts = new int[Math.Max(0, seconds)];
        foreach (var t in times)
            if (t >= 0 && (int)t < counts.Length) counts[(int)t]++;
        return counts;
    }
}
