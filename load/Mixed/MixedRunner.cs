using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.Mixed;

/// <summary>
/// `mixed`: calls, callbacks, chats and emails against an in-process cluster on loopback, worked by simulated agents,
/// bounded by the counts given and a drain time. Refuses (exit 2) when a channel it must drive is not in the build.
/// </summary>
internal static class MixedRunner
{
    public static async Task<int> RunAsync(MixedOptions options, FileInfo output, CancellationToken ct)
    {
        if (options.Validate() is { } invalid)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(invalid)}[/]");
            return 2;
        }
        if (!OutputFile.CheckWritable(output)) return 1;
        await using var cluster = await LoadCluster.StartEmbeddedAsync(TimeProvider.System, ct);
        var result = await RunAsync(cluster.Grains, options, ct);
        if (result is null) return 2;
        var files = await MixedReport.WriteAsync(result, output, ct);
        MixedReport.Print(result, files);
        return result.Faults.Count == 0 ? 0 : 3;
    }

    /// <summary>The run itself, on any cluster the caller started; null (with the reason printed) when a channel is missing.</summary>
    public static async Task<MixedResult?> RunAsync(IGrainFactory grains, MixedOptions options, CancellationToken ct)
    {
        if (MixedCenter.Unavailable(grains, options) is { } missing)
        {
            AnsiConsole.MarkupLine($"[red]The mixed scenario cannot run: {Markup.Escape(missing)}[/]");
            return null;
        }
        var runId = $"mx{Guid.NewGuid().ToString("N")[..6]}";
        var ledger = new MixedLedger(TimeProvider.System);
        var center = new MixedCenter(grains, runId, options);
        await center.ConfigureAsync();
        var random = new Random(options.Seed);
        var agents = center.AgentIds.Select(id => new MixedAgent(id, grains, ledger, options, new Random(random.Next()))).ToList();
        await Task.WhenAll(agents.Select(a => a.StartAsync()));
        var loggedInAt = ledger.Now;
        await new MixedDrivers(grains, center, ledger, options, runId, random).RunAsync(ct);
        var drainUntil = ledger.Now + options.DrainSeconds;
        while (!ledger.AllEnded && ledger.Now < drainUntil) await Task.Delay(100, ct);
        var completed = ledger.AllEnded;
        if (completed) await Task.WhenAll(agents.Select(a => a.Finished()));
        var loggedIn = ledger.Now - loggedInAt;
        var figures = MixedFigures.From(ledger.Records, ledger.Busy, options.Agents, loggedIn);
        return new MixedResult(runId, options, figures, ledger.Now, completed, ledger.Faults.ToList());
    }
}
