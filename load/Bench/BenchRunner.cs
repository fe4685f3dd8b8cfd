using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>
/// Drives arrivals as fast as the cluster routes them: a fixed number in flight, each waiting for its
/// interaction to be completed before sending the next. Latency is from the Create call to the offer,
/// counted only when an agent was free (Create returns Offered).
/// </summary>
internal static class BenchRunner
{
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        using var host = await BenchSilo.StartAsync(ct);
        var grains = host.Grains();
        var pending = new ConcurrentDictionary<string, TaskCompletionSource>();
        var (queues, agents) = await BenchCenter.SetUpAsync(grains, options, id => { if (pending.TryRemove(id, out var done)) done.TrySetResult(); });

        BenchReport.Progress($"Measuring the grain-call ceiling with {options.InFlight} callers...");
        var ceiling = await PingCeiling.MeasureAsync(grains, options.InFlight, TimeSpan.FromSeconds(Math.Min(3, options.Seconds)), ct);
        BenchReport.Progress($"Routing for {options.Seconds}s with {options.InFlight} arrivals in flight...");

        var deadline = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.InFlight).Select(w => Worker(grains, queues, pending, options, deadline, w)).ToArray();
        var outcomes = await Task.WhenAll(workers);
        var elapsed = deadline.Elapsed.TotalSeconds;
        GC.KeepAlive(agents);

        var latencies = outcomes.SelectMany(o => o.Latencies).ToList();
        var completed = outcomes.Sum(o => o.Completed);
        var result = new BenchResult(
            Math.Round(completed / elapsed, 1), LatencySummary.Of(latencies), outcomes.Sum(o => o.Waited), Math.Round(ceiling, 1),
            options.Agents, options.Queues, options.Seconds, options.InFlight, options.HandleMs,
            outcomes.Sum(o => o.Arrivals), completed, outcomes.Sum(o => o.Unfinished), DateTimeOffset.UtcNow,
            new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription));
        await BenchReport.WriteAsync(result, options.Output, ct);
        BenchReport.Print(result, options.Output);
        await host.StopAsync(CancellationToken.None);
        return 0;
    }

    private sealed record Outcome(List<double> Latencies, int Arrivals, int Completed, int Waited, int Unfinished);

    private static async Task<Outcome> Worker(IGrainFactory grains, IReadOnlyList<string> queues,
        ConcurrentDictionary<string, TaskCompletionSource> pending, BenchOptions options, Stopwatch clock, int worker)
    {
        var random = new Random(worker);
        var latencies = new List<double>();
        int arrivals = 0, completed = 0, waited = 0, unfinished = 0;
        while (clock.Elapsed.TotalSeconds < options.Seconds)
        {
            var id = $"bench-{worker}-{arrivals}";
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            pending[id] = done;
            var start = Stopwatch.GetTimestamp();
            var created = await grains.GetGrain<IInteractionGrain>(id).Create(new NewInteraction(
                Channel.Voice, null, null, new Dictionary<string, string>(), null, queues[random.Next(queues.Count)]));
            arrivals++;
            if (created.Status == InteractionStatus.Offered) latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            else waited++;
            try
            {
                await done.Task.WaitAsync(CompletionTimeout);
                completed++;
            }
            catch (TimeoutException)
            {
                unfinished++;
                pending.TryRemove(id, out _);
            }
        }
        return new Outcome(latencies, arrivals, completed, waited, unfinished);
    }
}
