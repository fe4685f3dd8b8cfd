using System.Collections.Concurrent;
using System.Diagnostics;

namespace ContactCenter.Load.Bench;

/// <summary>How one arrival ended.</summary>
internal enum ArrivalOutcome { Pending, Completed, Refused, Failed }

/// <summary>One arrival's timestamps (Stopwatch ticks). The offer callback can land before Create returns.</summary>
internal sealed class BenchArrival(long scheduledAt)
{
    private long _offeredAt;
    private long _finishedAt;
    private int _outcome;

    /// <summary>When the open-loop schedule said it arrives: latency counts from here, not from the send.</summary>
    public long ScheduledAt { get; } = scheduledAt;
    public long OfferedAt => Interlocked.Read(ref _offeredAt);
    public long FinishedAt => Interlocked.Read(ref _finishedAt);
    public ArrivalOutcome Outcome => (ArrivalOutcome)Volatile.Read(ref _outcome);
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public double OfferLatencyMs => Stopwatch.GetElapsedTime(ScheduledAt, OfferedAt).TotalMilliseconds;

    /// <summary>Only the first offer counts; a re-offer after a lapse is not a new routing decision.</summary>
    public void MarkOffered() => Interlocked.CompareExchange(ref _offeredAt, Stopwatch.GetTimestamp(), 0);

    /// <summary>The first ending wins: a failed Create after an offer (a timeout) does not undo a completion.</summary>
    public bool Finish(ArrivalOutcome outcome)
    {
        if (Interlocked.CompareExchange(ref _outcome, (int)outcome, (int)ArrivalOutcome.Pending) != (int)ArrivalOutcome.Pending) return false;
        Interlocked.Exchange(ref _finishedAt, Stopwatch.GetTimestamp());
        Done.TrySetResult();
        return true;
    }
}

/// <summary>
/// Joins the scheduler's arrivals with the agents' observer callbacks by interaction id, and counts failures
/// by exception type so a timeout is reported rather than thrown. Entries leave once finished.
/// </summary>
internal sealed class BenchTracker
{
    private readonly ConcurrentDictionary<string, BenchArrival> _arrivals = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();

    public BenchArrival Start(string id, long scheduledAt) => _arrivals[id] = new BenchArrival(scheduledAt);

    public void Offered(string id)
    {
        if (_arrivals.TryGetValue(id, out var arrival)) arrival.MarkOffered();
    }

    public void Finished(string id, ArrivalOutcome outcome)
    {
        if (_arrivals.TryRemove(id, out var arrival)) arrival.Finish(outcome);
    }

    /// <summary>A call that threw: counted by where and what ("create: TimeoutException").</summary>
    public void Failed(string where, Exception error) =>
        _failures.AddOrUpdate($"{where}: {error.GetType().Name}", 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, int> Failures => new SortedDictionary<string, int>(_failures, StringComparer.Ordinal);

    /// <summary>Drops what a step left unfinished, so a stalled step does not leak into the next.</summary>
    public void Forget(string id) => _arrivals.TryRemove(id, out _);
}
