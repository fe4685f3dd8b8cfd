using System.Diagnostics;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;

namespace ContactCenter.Load.Bench;

/// <summary>
/// Sets up an in-process cluster with bench agents and queues, measures the raw grain-call ceiling,
/// then drives routing for the requested time and reports routed/s and arrival-to-offer latency.
/// </summary>
internal static class BenchRunner
{
    private static readonly TimeSpan Resubscribe = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        if (!OutputFile.CheckWritable(options.Output)) return 1;
        // The same embedded cluster as `run`, on the wall clock: a benchmark measures real time on purpose.
        await using var cluster = await LoadCluster.StartEmbeddedAsync(TimeProvider.System, ct);
        var grains = cluster.Grains;
        var tracker = new BenchTracker();
        var (queues, agents) = await BenchCenter.SetUpAsync(grains, options, tracker);

        BenchReport.Progress($"Measuring the grain-call ceiling with {options.InFlight} callers...");
        var ceiling = await PingCeiling.MeasureAsync(grains, options.InFlight, TimeSpan.FromSeconds(Math.Min(3, options.Seconds)), ct);
        BenchReport.Progress($"Routing for {options.Seconds}s with {options.InFlight} arrivals in flight...");

        var driver = new BenchDriver(grains, queues, tracker);
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(options.Seconds * (double)Stopwatch.Frequency);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewals = RenewSubscriptions(agents, renewing.Token);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, options.InFlight).Select(w => driver.RunWorker(w, end, ct)));
        await renewing.CancelAsync();
        await renewals;
        var window = Stopwatch.GetElapsedTime(start, Math.Min(end, Stopwatch.GetTimestamp())).TotalSeconds;

        var result = Summarise(options, outcomes, window, ceiling);
        await BenchReport.WriteAsync(result, options.Output, ct);
        BenchReport.Print(result, options.Output);
        return 0;
    }

    /// <summary>Agents drop observers that are not renewed, which would silently stall a long run.</summary>
    private static async Task RenewSubscriptions(IReadOnlyList<BenchAgent> agents, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Resubscribe, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await Task.WhenAll(agents.Select(a => a.SubscribeAsync()));
        }
        catch (OperationCanceledException) { }
    }

    private static BenchResult Summarise(BenchOptions options, DriverOutcome[] outcomes, double window, double ceiling)
    {
        var offers = outcomes.Sum(o => o.OffersInWindow);
        return new BenchResult(
            Math.Round(offers / window, 1),
            LatencySummary.Of(outcomes.SelectMany(o => o.FreeAgentLatencies).ToList()),
            LatencySummary.Of(outcomes.SelectMany(o => o.AllLatencies).ToList()),
            outcomes.Sum(o => o.Waited), Math.Round(ceiling, 1),
            options.Agents, options.Queues, options.Seconds, options.InFlight, options.HandleMs,
            outcomes.Sum(o => o.Arrivals), offers, outcomes.Sum(o => o.Completed), outcomes.Sum(o => o.Refused), outcomes.Sum(o => o.Unfinished),
            TimeProvider.System.GetUtcNow(),
            MachineInfo.Current());
    }
}
