using System.Collections.Concurrent;
using System.Diagnostics;

namespace ContactCenter.Load.Bench;

/// <summary>One arrival's timestamps (Stopwatch ticks). The offer callback can land before Create returns.</summary>
internal sealed class BenchArrival
{
    private long _offeredAt;

    public long StartedAt { get; } = Stopwatch.GetTimestamp();
    public long OfferedAt => Interlocked.Read(ref _offeredAt);
    /// <summary>True when the agent completed it; false when the agent lost a race for it.</summary>
    public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public double OfferLatencyMs => Stopwatch.GetElapsedTime(StartedAt, OfferedAt).TotalMilliseconds;

    /// <summary>Only the first offer counts; a re-offer after a lapse is not a new routing decision for latency.</summary>
    public void MarkOffered() => Interlocked.CompareExchange(ref _offeredAt, Stopwatch.GetTimestamp(), 0);
}

/// <summary>
/// Joins the driving workers with the agents' observer callbacks by interaction id. Entries leave as soon
/// as their worker has read them, so a long run holds only what is in flight.
/// </summary>
internal sealed class BenchTracker
{
    private readonly ConcurrentDictionary<string, BenchArrival> _arrivals = new();

    public BenchArrival Start(string id) => _arrivals[id] = new BenchArrival();

    public void Offered(string id)
    {
        if (_arrivals.TryGetValue(id, out var arrival)) arrival.MarkOffered();
    }

    public void Finished(string id, bool completed)
    {
        if (_arrivals.TryGetValue(id, out var arrival)) arrival.Done.TrySetResult(completed);
    }

    public void Forget(string id) => _arrivals.TryRemove(id, out _);
}
