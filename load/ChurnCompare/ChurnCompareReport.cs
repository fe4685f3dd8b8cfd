using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>`churn-compare` output: RESULT.json, RESULT.md and two charts beside it, and console tables.</summary>
internal static class ChurnCompareReport
{
    public static async Task<IReadOnlyList<string>> WriteAsync(ChurnCompareResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, RunReport.Json), ct);
        var stem = Path.Combine(output.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(output.Name));
        var charts = new[]
        {
            ChurnCompareCharts.Waits(result, $"{stem}-waits.png"),
            ChurnCompareCharts.Churn(result, $"{stem}-churn.png"),
        };
        var markdown = $"{stem}.md";
        await File.WriteAllTextAsync(markdown, Markdown(result, charts.Select(Path.GetFileName).ToArray()!), ct);
        return [output.FullName, markdown, .. charts];
    }

    public static string Markdown(ChurnCompareResult r, IReadOnlyList<string> charts)
    {
        var md = new StringBuilder();
        var (s, p) = (r.Settings, r.Population);
        md.AppendLine("# Churn-blind against churn-aware routing on the demo population").AppendLine();
        md.AppendLine(Inv($"{s.Arrivals:N0} voice calls over {s.Hours:0.##} simulated hours ({s.PerMinute:0.##}/min, log-normal handle mean {s.HandleSeconds:0} s, exponential patience mean {s.PatienceSeconds:0} s) to {s.Agents} demo agents: offered load {s.OfferedLoadErlangs:0.##} Erlangs. Clock {r.Clock}; seed {s.Seed}; measured {r.MeasuredAt:u} on {r.Machine.ProcessorCount} cores."));
        md.AppendLine().AppendLine(Inv($"Population: {p.Customers:N0} demo customers, {p.Churned:N0} already gone (they do not call), {p.Active:N0} active, of whom {p.AtRiskHighValue:N0} are at-risk high-value (risk ≥ {p.MinRisk:0.##} and value ≥ {p.MinValue:N0}, from {p.ThresholdsFrom}). Risks: {p.RiskSource}; learner {p.Learner}, held-out ROC AUC {p.HeldOutRocAuc:0.000}, trained in {p.TrainingSeconds:0.0} s; mean risk {p.MeanRisk:0.000}."));
        md.AppendLine().AppendLine("## Service by group").AppendLine();
        md.AppendLine("| Policy | Group | Callers | Calls | Answered | Abandoned | Abandon % | Mean wait s | p90 wait s | Service level |")
            .AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var run in r.Runs)
            foreach (var g in run.Service)
                md.AppendLine(Inv($"| {run.Name} | {g.Group} | {g.Callers:N0} | {g.Calls:N0} | {g.Answered:N0} | {g.Abandoned:N0} | {g.AbandonPercent:0.0} | {g.MeanWaitSeconds:0.0} | {g.P90WaitSeconds:0.0} | {g.ServiceLevelPercent:0.0}% |"));
        md.AppendLine().AppendLine("## Churn that follows").AppendLine();
        md.AppendLine("The demo's hidden churn process, rolled in expectation as the live simulation rolls it: after each call, the per-contact hazard on the caller's features (seeded history plus this run's calls, with their waits and hang-ups; the run's calls carry no complaints or survey scores), with the customer's own unseen noise.").AppendLine();
        md.AppendLine("| Policy | Group | Callers | Their lifetime value | Expected churners | per 100 callers | Expected value lost |")
            .AppendLine("|---|---|--:|--:|--:|--:|--:|");
        foreach (var run in r.Runs)
            foreach (var c in run.Churn)
                md.AppendLine(Inv($"| {run.Name} | {c.Group} | {c.Callers:N0} | {c.LifetimeValue:N0} | {c.ExpectedChurners:0.00} | {c.ChurnersPer100Callers:0.00} | {c.ExpectedValueLost:N0} |"));
        if (r.Differences.Count > 0)
        {
            md.AppendLine().AppendLine("## Churn-aware against churn-blind").AppendLine();
            md.AppendLine("| Group | Mean wait s (blind → aware) | Abandon % (blind → aware) | Expected churners (blind → aware, change) | Expected value lost (blind → aware, change) |")
                .AppendLine("|---|--:|--:|--:|--:|");
            foreach (var d in r.Differences)
                md.AppendLine(Inv($"| {d.Group} | {d.MeanWaitBlind:0.0} → {d.MeanWaitAware:0.0} | {d.AbandonPercentBlind:0.0} → {d.AbandonPercentAware:0.0} | {d.ExpectedChurnersBlind:0.00} → {d.ExpectedChurnersAware:0.00} ({d.ExpectedChurnersChange:+0.00;-0.00;0}) | {d.ExpectedValueLostBlind:N0} → {d.ExpectedValueLostAware:N0} ({d.ExpectedValueLostChange:+#,0;-#,0;0}) |"));
        }
        md.AppendLine().AppendLine("## Charts").AppendLine();
        foreach (var chart in charts) md.AppendLine($"![{chart}]({chart})").AppendLine();
        foreach (var run in r.Runs)
            md.AppendLine(Inv($"{run.Name}: {run.Run.WallSeconds:0.#} s wall, {run.Run.Diagnostics.Faults} driver faults, {run.Run.Diagnostics.SettleTimeouts} settle timeouts, grains' risks within {run.MaxRiskDifference:0.######} of the model's.")).AppendLine();
        return md.ToString();
    }

    public static void Print(ChurnCompareResult r, IReadOnlyList<string> files)
    {
        var table = new Table().Title(Inv($"Churn-blind against churn-aware: {r.Settings.Arrivals:N0} calls, {r.Population.AtRiskHighValue:N0} of {r.Population.Active:N0} active customers at-risk high-value"))
            .AddColumns("Policy", "Group", "Calls", "Answered", "Abandon %", "Mean wait s", "p90 wait s", "SL", "Exp. churners", "Exp. value lost");
        foreach (var run in r.Runs)
            foreach (var (g, c) in run.Service.Zip(run.Churn))
                table.AddRow(run.Name, g.Group, Inv($"{g.Calls:N0}"), Inv($"{g.Answered:N0}"), Inv($"{g.AbandonPercent:0.0}"), Inv($"{g.MeanWaitSeconds:0.0}"),
                    Inv($"{g.P90WaitSeconds:0.0}"), Inv($"{g.ServiceLevelPercent:0.0}%"), Inv($"{c.ExpectedChurners:0.00}"), Inv($"{c.ExpectedValueLost:N0}"));
        AnsiConsole.Write(table);
        if (r.Differences.Count > 0)
        {
            var diff = new Table().Title("Churn-aware minus churn-blind").AddColumns("Group", "Mean wait s", "Abandon %", "Expected churners", "Expected value lost");
            foreach (var d in r.Differences)
                diff.AddRow(d.Group, Inv($"{d.MeanWaitAware - d.MeanWaitBlind:+0.0;-0.0;0}"), Inv($"{d.AbandonPercentAware - d.AbandonPercentBlind:+0.0;-0.0;0}"),
                    Inv($"{d.ExpectedChurnersChange:+0.00;-0.00;0}"), Inv($"{d.ExpectedValueLostChange:+#,0;-#,0;0}"));
            AnsiConsole.Write(diff);
        }
        foreach (var run in r.Runs.Where(x => x.Run.Diagnostics.Faults > 0 || !x.Run.Diagnostics.Completed))
            AnsiConsole.MarkupLine($"[yellow]{run.Name}: completed {run.Run.Diagnostics.Completed}, {run.Run.Diagnostics.Faults} faults; first: {Markup.Escape(run.Run.Diagnostics.FirstFault ?? "")}[/]");
        foreach (var file in files) AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
