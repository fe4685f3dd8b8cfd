using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;
using ContactCenter.Load.Scenarios;
using Spectre.Console;

namespace ContactCenter.Load.Replay;

internal sealed record ReplayOptions(FileInfo Trace, FileInfo Output, string Speedup, IReadOnlyList<string> Policies,
    string? Cluster, string ClusterId, string ServiceId, double MaxWallSeconds, int MaxArrivals, double StaffingFactor = 1);

/// <summary>`replay --trace FILE.tsv`: replays the call log under each policy on a fresh cluster and sets it beside history.</summary>
internal static class ReplayRunner
{
    public static async Task<int> RunAsync(ReplayOptions options, CancellationToken ct)
    {
        if (options.Cluster is not null && RunClock.IsVirtual(options.Speedup))
        {
            AnsiConsole.MarkupLine("[red]--speedup max needs the embedded cluster: a running cluster's clock cannot be stepped; give a number.[/]");
            return 2;
        }
        TraceParseResult trace;
        try { trace = TraceParser.ParseFile(options.Trace.FullName); }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            AnsiConsole.MarkupLine($"[red]--trace: {Markup.Escape(ex.Message)}[/]");
            return 2;
        }
        if (trace.Calls.Count == 0)
        {
            AnsiConsole.MarkupLine($"[red]--trace: {Markup.Escape(options.Trace.FullName)} has no replayable calls ({trace.Rows} rows read).[/]");
            return 2;
        }
        if (options.Cluster is not null && !ClusterArgument.IsValid(options.Cluster)) return 2;
        if (!OutputFile.CheckWritable(options.Output)) return 1;
        var replays = new List<PolicyReplay>();
        foreach (var policy in options.Policies)
            replays.Add(await ReplayOnce(trace, policy, options, ct));
        var result = ReplayReport.Build(trace, options, replays);
        var files = await ReplayReport.WriteAsync(result, options.Output, ct);
        ReplayReport.Print(result, files);
        return replays.Any(r => r.Run.Diagnostics.Faults > 0) ? 3 : 0;
    }

    public static async Task<PolicyReplay> ReplayOnce(TraceParseResult trace, string policy, ReplayOptions options, CancellationToken ct)
    {
        var limits = new LimitsSpec(options.MaxArrivals, options.MaxWallSeconds, 4 * 3600);
        var plan = ReplayPlanner.Plan(trace.Calls, policy, $"replay-{policy}-{Guid.NewGuid().ToString("N")[..6]}", limits, options.StaffingFactor);
        var target = new RunTarget(options.Speedup, options.Cluster, options.ClusterId, options.ServiceId);
        var outcome = await PlanRun.RunAsync(plan, target, TimeSpan.FromSeconds(options.MaxWallSeconds),
            $"Replay ({policy}): {plan.Calls.Count:N0} calls over {plan.ArrivalWindowSeconds / 86400:0.#} days", ct);
        var run = RunSummariser.Summarise(outcome, null, target.Describe,
            RunClock.Describe(options.Speedup), TimeProvider.System.GetUtcNow()) with { Scenario = $"replay-{policy}" };
        var ended = outcome.Ledger.Calls.Where(c => c.WaitSeconds is not null).ToArray();
        var figures = ReplayFiguresCalculator.Of(ended.Select(c => new CallWait(c.Plan.Priority, c.WaitSeconds!.Value, c.AnsweredAt is not null)));
        return new PolicyReplay(policy, figures, outcome.Ledger.Calls.Count - ended.Length, run);
    }
}
