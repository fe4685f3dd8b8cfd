using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Load.Bench;
using Spectre.Console;

namespace ContactCenter.Load.PushLatency;

/// <summary>What push-latency writes in browserless mode. Memory is null when the user may not read it (admin only).</summary>
internal sealed record HubProbeResult(
    int Connections, int Opened, int ConnectFailures, double ConnectSeconds, int Events, int Changes, int Expected, int Samples,
    int Missing, int ConnectionsWithGaps, LatencySummary LatencyMs, double MaxMs,
    DashboardMemory? MemoryBefore, DashboardMemory? MemoryConnected, long? WorkingSetBytesPerConnection, long? ManagedBytesPerConnection,
    DateTimeOffset MeasuredAt);

/// <summary>
/// Opens many SignalR clients on /hubs/live without a browser and times each change the probe makes through
/// the API until every client watching it has it (both ends on this process's clock). Probe agents serve no
/// queue and the probe queue is served by nobody, so the center's routing is untouched; all are cleaned up.
/// </summary>
internal static class HubProbeRun
{
    public static async Task<HubProbeResult> MeasureAsync(HubProbeOptions options, CancellationToken outer)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(outer);
        limit.CancelAfter(HubProbeOptions.Limit);
        var ct = limit.Token;
        var clock = Stopwatch.StartNew();
        long Now() => clock.ElapsedMilliseconds;

        using var session = await DashboardSession.SignInAsync(options.Url, options.User, options.Password, ct, options.Handler?.Invoke());
        var stamp = $"{DateTime.UtcNow:HHmmssfff}";
        var queueId = $"latency-{stamp}";
        await session.PutQueueAsync(queueId, ct);
        var agents = Enumerable.Range(0, options.Connections / 2).Select(i => $"pushprobe-{stamp}-{i:D5}").ToArray();
        BenchReport.Progress($"Creating {agents.Length} probe agents...");
        await Parallel.ForEachAsync(agents, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (agent, c) => await session.PutAgentAsync(agent, HubWatcher.AgentName(0), c));

        var before = await session.MemoryAsync(ct);
        BenchReport.Progress($"Opening {options.Connections} SignalR connections...");
        var target = new HubTarget(options.Url, session.Cookie, options.Handler, options.Transports);
        var opening = Stopwatch.StartNew();
        var (watchers, failures) = await OpenAsync(options.Connections, agents, queueId, target, Now, ct);
        var connectSeconds = opening.Elapsed.TotalSeconds;
        var connected = await session.MemoryAsync(ct);

        BenchReport.Progress($"Raising {options.Events} rounds of changes, {PushLatencyOptions.Spacing.TotalMilliseconds} ms apart...");
        var ledger = new ProbeLedger();
        var arrivals = await RaiseAsync(session, options, queueId, agents, ledger, Now, ct);
        var outcome = await DrainAsync(ledger, watchers, options.Drain, ct);

        await Task.WhenAll(watchers.Select(w => w.DisposeAsync().AsTask()));
        foreach (var id in arrivals) await session.AbandonAsync(id, CancellationToken.None);
        await Parallel.ForEachAsync(agents, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (agent, c) => await session.RetireAgentAsync(agent, c));

        var perConnection = (Func<DashboardMemory, long> of) =>
            before is null || connected is null || watchers.Count == 0 ? (long?)null : (of(connected) - of(before)) / watchers.Count;
        return new HubProbeResult(options.Connections, watchers.Count, failures, connectSeconds, options.Events, ledger.Count, outcome.Expected,
            outcome.LatenciesMs.Count, outcome.Missing, outcome.ConnectionsWithGaps, LatencySummary.Of(outcome.LatenciesMs),
            outcome.LatenciesMs.DefaultIfEmpty(0).Max(), before, connected, perConnection(m => m.WorkingSetBytes),
            perConnection(m => m.ManagedHeapBytes), DateTimeOffset.UtcNow);
    }

    /// <summary>Counts once everything has arrived, or when the drain time is up.</summary>
    private static async Task<ProbeOutcome> DrainAsync(ProbeLedger ledger, List<HubWatcher> watchers, TimeSpan drain, CancellationToken ct)
    {
        var until = Stopwatch.StartNew();
        var sent = ledger.ByKey();
        while (true)
        {
            var outcome = ProbeOutcome.Of(sent, watchers.Select(w => (w.Key, w.FirstSeenMs)));
            if (outcome.Missing == 0 || until.Elapsed >= drain) return outcome;
            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }
    }

    /// <summary>Even connections watch everything (wallboards), odd ones their own probe agent (agent consoles).</summary>
    private static async Task<(List<HubWatcher> Watchers, int Failures)> OpenAsync(
        int count, string[] agents, string queueId, HubTarget target, Func<long> now, CancellationToken ct)
    {
        var watchers = new List<HubWatcher>();
        var failures = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = HubProbeOptions.OpenInParallel, CancellationToken = ct },
            async (i, c) =>
            {
                var all = i % 2 == 0 || agents.Length == 0;
                try
                {
                    var watcher = await HubWatcher.OpenAsync(target, all ? queueId : agents[i / 2 % agents.Length], all, now, c);
                    lock (watchers) watchers.Add(watcher);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    if (Interlocked.Increment(ref failures) <= 3) BenchReport.Progress($"A connection failed: {ex.Message}");
                }
            });
        return (watchers, failures);
    }

    /// <summary>Each round: one arrival (the queue's waiting count is its sequence) and the next probe agents renamed.</summary>
    private static async Task<List<string>> RaiseAsync(
        DashboardSession session, HubProbeOptions options, string queueId, string[] agents, ProbeLedger ledger, Func<long> now, CancellationToken ct)
    {
        var arrivals = new List<string>();
        var agentSeq = new int[agents.Length];
        var next = 0;
        for (var round = 1; round <= options.Events; round++)
        {
            var changes = new List<Task>();
            ledger.Sent(queueId, round, now());
            var arrival = session.ArriveAsync(queueId, ct);
            for (var k = 0; k < Math.Min(options.AgentChangesPerRound, agents.Length); k++, next = (next + 1) % agents.Length)
            {
                var (agent, seq) = (agents[next], ++agentSeq[next]);
                ledger.Sent(agent, seq, now());
                changes.Add(session.PutAgentAsync(agent, HubWatcher.AgentName(seq), ct));
            }
            arrivals.Add(await arrival);
            await Task.WhenAll(changes);
            await Task.Delay(PushLatencyOptions.Spacing, ct);
        }
        return arrivals;
    }

    public static async Task<int> RunAsync(HubProbeOptions options, CancellationToken ct)
    {
        var result = await MeasureAsync(options, ct);
        if (options.Output is { } output)
        {
            output.Directory?.Create();
            await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }), ct);
            AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(output.FullName)}[/]");
        }
        var table = new Table().Title("Push latency: API change to SignalR client (no browser)").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Connections opened / failed", $"{result.Opened:N0} / {result.ConnectFailures:N0} in {result.ConnectSeconds:N1} s");
        table.AddRow("Rounds / changes", $"{result.Events:N0} / {result.Changes:N0}");
        table.AddRow("Samples / missing (connections with gaps)", $"{result.Samples:N0} / {result.Missing:N0} ({result.ConnectionsWithGaps:N0})");
        table.AddRow("p50 / p95 / p99 ms", $"{result.LatencyMs.P50:N0} / {result.LatencyMs.P95:N0} / {result.LatencyMs.P99:N0}");
        table.AddRow("Mean / max ms", $"{result.LatencyMs.Mean:N0} / {result.MaxMs:N0}");
        table.AddRow("Dashboard RSS / managed per connection", result.WorkingSetBytesPerConnection is { } rss
            ? $"{rss / 1024.0:N1} KiB / {result.ManagedBytesPerConnection!.Value / 1024.0:N1} KiB" : "n/a (sign in as an admin)");
        AnsiConsole.Write(table);
        return result.Missing == 0 && result.ConnectFailures == 0 ? 0 : 1;
    }
}
