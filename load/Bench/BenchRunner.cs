using System.Diagnostics;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Load.Bench;

/// <summary>
/// Sets up an in-process silo (with a call-counting filter) and a bench center, measures the ping ceilings,
/// then either finds the max rate and measures latency at half of it, or runs --runs times at --rate.
/// </summary>
internal static class BenchRunner
{
    private static readonly TimeSpan Resubscribe = TimeSpan.FromSeconds(60);
    private const double WarmUpRate = 20;
    private const string CountedBy = "silo-wide IIncomingGrainCallFilter in the bench's embedded silo (every grain call it receives, the bench's own included)";

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        if (!OutputFile.CheckWritable(options.Output)) return 1;
        try
        {
            var result = await MeasureAsync(options, ct);
            await BenchReport.WriteAsync(result, options.Output, ct);
            BenchReport.Print(result, options.Output);
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            BenchReport.Progress($"bench failed: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    private static async Task<BenchResult> MeasureAsync(BenchOptions options, CancellationToken ct)
    {
        var counter = new GrainCallCounter();
        // The same embedded cluster as `run`, on the wall clock: a benchmark measures real time on purpose.
        await using var cluster = await LoadCluster.StartEmbeddedAsync(TimeProvider.System, ct, silo =>
        {
            silo.Services.AddSingleton(counter);
            silo.AddIncomingGrainCallFilter<CountingCallFilter>();
        });
        var grains = cluster.Grains;
        var tracker = new BenchTracker();
        BenchReport.Progress($"Setting up {options.EffectiveAgents:N0} agents{(options.AgentsGiven ? "" : " (default: 1.25 × in flight at the top rate)")}, " +
            $"{options.Queues} queues, {options.EffectiveQueuesPerAgent} per agent, {options.Waiting:N0} waiting...");
        var setUp = Stopwatch.StartNew();
        var floor = await BenchCenter.SetUpAsync(grains, options, tracker, ct);
        var setUpSeconds = setUp.Elapsed.TotalSeconds;
        BenchReport.Progress($"Set up in {setUpSeconds:N1} s ({floor.AgentsFailed} agents and {floor.WaitingFailed} waiting failed). Measuring ping ceilings...");
        var pings = await PingCeiling.MeasureAllAsync(grains, TimeSpan.FromSeconds(2), ct);

        var driver = new OpenLoopDriver(grains, floor.Queues, tracker, counter, options.MaxOutstanding);
        var duration = TimeSpan.FromSeconds(options.Seconds);
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewals = RenewSubscriptions(floor.Agents, tracker, renewing.Token);
        async Task<StepMeasurement> Measure(double rate, CancellationToken token)
        {
            var step = await driver.RunStepAsync(rate, duration, token);
            BenchReport.Step(step);
            return step;
        }
        // JIT and first activations would otherwise land in the first step and inflate the p99 the search compares against.
        // Gentle, so a start rate that is already too high does not leave a backlog in the first measured step.
        BenchReport.Progress("Warming up (not measured)...");
        await driver.RunStepAsync(Math.Min(options.Rate, WarmUpRate), TimeSpan.FromSeconds(1), ct);
        SearchOutcome? search = null;
        if (options.FindMax)
        {
            BenchReport.Progress($"Finding the max rate from {options.Rate:N0}/s (×{options.Limits.Factor} per {options.Seconds} s step)...");
            search = await RateSearch.FindMaxAsync(options.Limits, Measure, TimeProvider.System, ct);
            BenchReport.Progress($"Stopped: {search.StopReason}.");
        }
        var latencyRate = search is null ? options.Rate : search.Max is { } max ? max.Rate / 2 : 0;
        var runs = new List<StepMeasurement>();
        if (latencyRate > 0)
        {
            BenchReport.Progress($"Latency at {latencyRate:N1}/s, {options.Runs} runs...");
            for (var i = 0; i < options.Runs && !ct.IsCancellationRequested; i++) runs.Add(await Measure(latencyRate, ct));
        }
        await renewing.CancelAsync();
        await renewals;
        return Summarise(options, floor, pings, search, latencyRate, runs, tracker, setUpSeconds);
    }

    /// <summary>Agents drop observers that are not renewed, which would silently stall a long run.</summary>
    private static async Task RenewSubscriptions(IReadOnlyList<BenchAgent> agents, BenchTracker tracker, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Resubscribe, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                await Parallel.ForEachAsync(agents, new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = ct }, async (a, _) =>
                {
                    try { await a.SubscribeAsync(); }
                    catch (Exception ex) { tracker.Failed("subscribe", ex); }
                });
        }
        catch (OperationCanceledException) { }
    }

    private static BenchResult Summarise(BenchOptions options, BenchFloor floor, PingCeilings pings, SearchOutcome? search,
        double latencyRate, IReadOnlyList<StepMeasurement> runs, BenchTracker tracker, double setUpSeconds)
    {
        var atRate = runs.Count > 0 ? Median.OfRuns(runs) : null;
        // find-max: throughput and cost at the max step; fixed rate: the median of the runs.
        var headline = search is null ? atRate : search.Max;
        var latency = atRate?.Latency ?? search?.Steps.LastOrDefault()?.Latency ?? LatencySummary.Of([]);
        var routed = headline?.RoutedPerSecond ?? 0;
        var target = BenchTarget.Check(routed, latency.P99, pings.ManyGrains);
        var all = (search?.Steps ?? []).Concat(runs).ToArray();
        return new BenchResult(
            routed, headline?.CompletedPerSecond ?? 0, search?.Max?.Rate, latencyRate, latency,
            pings.ManyGrains, pings.SingleActivation, pings.StatelessWorker, pings.Callers,
            headline?.CpuPercent ?? 0, headline?.BytesAllocatedPerRouted ?? 0, headline?.GrainCallsPerRouted ?? 0, CountedBy,
            target.Met, target, options.FindMax ? "find-max" : "fixed rate", search?.StopReason,
            search?.Steps ?? [], runs,
            floor.Agents.Count + floor.AgentsFailed, !options.AgentsGiven, floor.AgentsFailed, options.Queues, options.EffectiveQueuesPerAgent,
            floor.Waiting, floor.WaitingFailed, options.HandleMs, options.Seconds, options.Runs,
            all.Sum(s => s.Late), all.Sum(s => s.Unfinished), tracker.Failures, Math.Round(setUpSeconds, 1),
            TimeProvider.System.GetUtcNow(), MachineInfo.Current());
    }
}
