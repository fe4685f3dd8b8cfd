namespace ContactCenter.Grains.Cases;

/// <summary>
/// How many cases each queue's agents started (first response given) in the last hour, from the moves the board
/// sees. In memory only: after a restart the predictor falls back to agents × handle time until an hour of
/// history has built up again. Memory is bounded by the pick-ups of one hour.
/// </summary>
public sealed class CaseThroughput
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(60);

    private readonly Dictionary<string, Queue<DateTimeOffset>> _started = new(StringComparer.Ordinal);

    /// <summary>Records a pick-up when a case moves from waiting for pick-up to started.</summary>
    public void Observe(CaseSummary? before, CaseSummary after)
    {
        if (before is null || !CaseOrdering.AwaitsPickup(before) || !after.Status.IsStarted()) return;
        if (!_started.TryGetValue(before.QueueId, out var times)) _started[before.QueueId] = times = new();
        times.Enqueue(after.UpdatedAt);
    }

    /// <summary>Cases of the queue started in the hour before <paramref name="now"/>.</summary>
    public int StartedInLastHour(string queueId, DateTimeOffset now)
    {
        if (!_started.TryGetValue(queueId, out var times)) return 0;
        while (times.Count > 0 && times.Peek() <= now - Window) times.Dequeue();
        if (times.Count == 0) _started.Remove(queueId);
        return times.Count(t => t <= now);
    }
}
