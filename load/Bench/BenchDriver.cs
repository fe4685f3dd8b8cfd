using System.Diagnostics;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>What one driving worker saw. Latencies run from the Create call to the agent's offer callback.</summary>
internal sealed class DriverOutcome
{
    public List<double> FreeAgentLatencies { get; } = [];
    public List<double> AllLatencies { get; } = [];
    public int Arrivals { get; set; }
    public int OffersInWindow { get; set; }
    public int Waited { get; set; }
    public int Completed { get; set; }
    public int Refused { get; set; }
    public int Unfinished { get; set; }
}

/// <summary>
/// Closed-loop arrivals: each worker sends one interaction, waits until an agent has completed it, and
/// sends the next, so the number in flight is fixed and the cluster sets the pace.
/// </summary>
internal sealed class BenchDriver(IGrainFactory grains, IReadOnlyList<string> queues, BenchTracker tracker)
{
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(30);

    public async Task<DriverOutcome> RunWorker(int worker, long endTimestamp, CancellationToken ct)
    {
        var random = new Random(worker);
        var outcome = new DriverOutcome();
        while (Stopwatch.GetTimestamp() < endTimestamp && !ct.IsCancellationRequested)
        {
            var id = $"bench-{worker}-{outcome.Arrivals++}";
            var arrival = tracker.Start(id);
            var created = await grains.GetGrain<IInteractionGrain>(id).Create(new NewInteraction(
                Channel.Voice, null, null, new Dictionary<string, string>(), null, queues[random.Next(queues.Count)]));
            var completed = await Completion(arrival.Done.Task, ct);
            tracker.Forget(id);
            Record(outcome, arrival, waited: created.Status == InteractionStatus.Queued, completed, endTimestamp);
        }
        return outcome;
    }

    private static async Task<bool?> Completion(Task<bool> done, CancellationToken ct)
    {
        try { return await done.WaitAsync(CompletionTimeout, ct); }
        catch (TimeoutException) { return null; }
    }

    private static void Record(DriverOutcome outcome, BenchArrival arrival, bool waited, bool? completed, long endTimestamp)
    {
        if (completed is null) outcome.Unfinished++;
        else if (completed.Value) outcome.Completed++;
        else outcome.Refused++;
        if (arrival.OfferedAt == 0) return;
        if (arrival.OfferedAt <= endTimestamp) outcome.OffersInWindow++;
        outcome.AllLatencies.Add(arrival.OfferLatencyMs);
        if (waited) outcome.Waited++;
        else outcome.FreeAgentLatencies.Add(arrival.OfferLatencyMs);
    }
}
