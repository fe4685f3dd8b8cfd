using ContactCenter.Load.Results;
using ContactCenter.Load.Scenarios;
using Spectre.Console;

namespace ContactCenter.Load.Engine;

internal sealed record RunOptions(FileInfo Scenario, FileInfo Output, string Speedup, string? Cluster, string ClusterId, string ServiceId, double? MaxWallSeconds);

/// <summary>`run SCENARIO.json`: plans the scenario, runs it on the chosen cluster and clock, and writes the results.</summary>
internal static class ScenarioRunner
{
    public static async Task<int> RunAsync(RunOptions options, CancellationToken ct)
    {
        Scenario scenario;
        try { scenario = ScenarioParser.ParseFile(options.Scenario.FullName); }
        catch (ScenarioException ex)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(options.Scenario.Name)}: {Markup.Escape(ex.Message)}[/]");
            return 2;
        }
        var clockError = RunClock.Validate(options.Speedup)
            ?? (options.Cluster is not null && RunClock.IsVirtual(options.Speedup)
                ? "--speedup max needs the embedded cluster: a running cluster's clock cannot be stepped; give a number." : null);
        if (clockError is not null)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(clockError)}[/]");
            return 2;
        }
        if (options.Cluster is not null && !ClusterArgument.IsValid(options.Cluster)) return 2;
        if (!OutputFile.CheckWritable(options.Output)) return 1;
        var plan = ScenarioPlanner.Plan(scenario, $"{scenario.Name}-{Guid.NewGuid().ToString("N")[..6]}");
        var target = new RunTarget(options.Speedup, options.Cluster, options.ClusterId, options.ServiceId);
        var wallLimit = TimeSpan.FromSeconds(options.MaxWallSeconds ?? scenario.Limits.MaxWallSeconds);
        var outcome = await PlanRun.RunAsync(plan, target, wallLimit,
            $"{scenario.Name}: {plan.Calls.Count:N0} arrivals over {scenario.DurationSeconds / 3600:0.##} simulated hours", ct);
        var result = RunSummariser.Summarise(outcome, scenario, target.Describe,
            RunClock.Describe(options.Speedup), TimeProvider.System.GetUtcNow());
        var files = await RunReport.WriteAsync(result, outcome.Ledger, options.Output, ct);
        RunConsole.Print(result, files);
        return result.Diagnostics.Faults == 0 ? 0 : 3;
    }
}
