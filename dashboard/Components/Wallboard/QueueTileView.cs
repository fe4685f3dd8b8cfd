using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Components.Wallboard;

public enum TileStatus { Green, Amber, Red }

/// <summary>
/// What one wallboard tile shows, computed from the live queue and agent values at a given instant.
/// Colours follow the last 15 minutes (how the queue is doing now), not the whole day.
/// Red when callers wait and nobody can answer them (unstaffed), when the service level is below
/// target, or when the longest wait is within 10% of the maximum; amber within 5 points of the target
/// or past 60% of the maximum wait. <see cref="Headline"/> says the status in words, so colour is never
/// the only sign.
/// </summary>
public sealed record QueueTileView(
    string QueueId, string Name, int Waiting, double LongestWaitSeconds, double ServiceLevelPercent, double ServiceLevelTodayPercent, double TargetPercent,
    int ThresholdSeconds, double AsaSeconds, double AhtSeconds, double AbandonPercent,
    int Ready, int Busy, int WrapUp, int NotReady, double OccupancyPercent, TileStatus Status, string Why)
{
    /// <summary>Callers wait and no agent serving the queue is ready, reserved, busy or in wrap-up.</summary>
    public bool Unstaffed { get; init; }

    /// <summary>The status in a word or two: "Unstaffed", "Below target", "Near max wait", "At risk", "On target", "Quiet".</summary>
    public string Headline { get; init; } = "On target";

    /// <summary>
    /// Whether any call was answered or abandoned in the last 15 minutes. Without one the service level is
    /// 100% by definition, which is no news: tiles show a dash instead.
    /// </summary>
    public bool ServiceLevelMeasured { get; init; } = true;

    /// <summary>Callbacks waiting for their time, and those due but not dialed within the threshold.</summary>
    public int ScheduledCallbacks { get; init; }

    public int OverdueCallbacks { get; init; }

    public static QueueTileView From(QueueLive queue, IEnumerable<AgentLive> agents, DateTimeOffset now)
    {
        var serving = agents.Where(a => a.Serves(queue.QueueId) && a.Presence != AgentPresence.LoggedOut).ToList();
        int Count(AgentPresence p) => serving.Count(a => a.Presence == p);
        var (ready, reserved, busy, wrapUp) = (Count(AgentPresence.Ready), Count(AgentPresence.Reserved), Count(AgentPresence.Busy), Count(AgentPresence.WrapUp));
        var staffed = ready + reserved + busy + wrapUp;
        var longest = queue.OldestArrivedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0;
        var recent = queue.Last15Minutes;
        var sl = recent.ServiceLevelPercent;
        var unstaffed = staffed == 0 && queue.Waiting > 0;
        var measured = recent.Answered + recent.Abandoned > 0;
        var (status, headline, why) = unstaffed
            ? (TileStatus.Red, "Unstaffed", $"unstaffed: {queue.Waiting} waiting and no agent is ready or working this queue")
            : !measured && queue.Waiting == 0
                ? (TileStatus.Green, "Quiet", "no call answered or abandoned in the last 15 min")
                : Judge(sl, queue.ServiceLevelTargetPercent, longest, queue.MaxWaitSeconds);
        return new QueueTileView(queue.QueueId, queue.Name, queue.Waiting, longest, sl, queue.Stats.ServiceLevelPercent, queue.ServiceLevelTargetPercent,
            queue.ThresholdSeconds, recent.AverageSpeedOfAnswerSeconds, recent.AverageHandleSeconds, recent.AbandonPercent,
            ready, busy, wrapUp, Count(AgentPresence.NotReady), staffed == 0 ? 0 : 100.0 * (reserved + busy + wrapUp) / staffed, status, why)
        {
            Unstaffed = unstaffed, Headline = headline, ServiceLevelMeasured = measured,
            ScheduledCallbacks = queue.ScheduledCallbacks, OverdueCallbacks = queue.OverdueCallbacks,
        };
    }

    /// <summary>All queues as one tile: waiting summed, service levels over all answered and abandoned work.</summary>
    public static QueueTileView Totals(IReadOnlyList<QueueLive> queues, IEnumerable<AgentLive> agents, DateTimeOffset now)
    {
        var all = new QueueLive("all", "All queues", queues.Sum(q => q.Waiting), queues.Min(q => q.OldestArrivedAt),
            queues.Sum(q => q.AvailableAgents), queues.Count == 0 ? 80 : queues.Max(q => q.ServiceLevelTargetPercent),
            queues.Count == 0 ? 20 : queues.Min(q => q.ThresholdSeconds), queues.Count == 0 ? 300 : queues.Min(q => q.MaxWaitSeconds),
            queues.Aggregate(QueueStats.Zero, (a, q) => a.Plus(q.Stats)), queues.Aggregate(QueueStats.Zero, (a, q) => a.Plus(q.Last15Minutes)),
            ScheduledCallbacks: queues.Sum(q => q.ScheduledCallbacks), OverdueCallbacks: queues.Sum(q => q.OverdueCallbacks));
        var loggedIn = agents.Where(a => a.Presence != AgentPresence.LoggedOut).Select(a => a with { Queues = "all" });
        var totals = From(all, loggedIn, now);
        return totals.Status == TileStatus.Green && totals.Headline != "Quiet"
            ? totals with { Why = "every queue; the target shown is the strictest queue's" }
            : totals;
    }

    private static (TileStatus, string, string) Judge(double sl, double target, double longest, int maxWait)
    {
        if (sl < target) return (TileStatus.Red, "Below target", $"service level {sl:0}% is below the {target:0}% target");
        if (longest >= 0.9 * maxWait)
            return (TileStatus.Red, "Near max wait", $"longest wait {Durations.Readable(longest)} is near the {Durations.Readable(maxWait)} maximum");
        if (sl < target + 5) return (TileStatus.Amber, "At risk", $"service level {sl:0}% is within 5 points of target");
        if (longest >= 0.6 * maxWait)
            return (TileStatus.Amber, "At risk", $"longest wait {Durations.Readable(longest)} is past 60% of the {Durations.Readable(maxWait)} maximum");
        return (TileStatus.Green, "On target", $"service level {sl:0}% meets the {target:0}% target");
    }
}
