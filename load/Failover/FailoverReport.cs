using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactCenter.Load.Results;
using ScottPlot;
using Spectre.Console;

namespace ContactCenter.Load.Failover;

/// <summary>Writes FAILOVER.json, FAILOVER.md and FAILOVER-timeline.png, and prints the summary table.</summary>
internal static class FailoverReport
{
    public static async Task<IReadOnlyList<string>> WriteAsync(FailoverResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, RunReport.Json), ct);
        var stem = Path.Combine(output.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(output.Name));
        var chart = Timeline(result, $"{stem}-timeline.png");
        var markdown = $"{stem}.md";
        await File.WriteAllTextAsync(markdown, Markdown(result, Path.GetFileName(chart)), ct);
        return [output.FullName, markdown, chart];
    }

    /// <summary>The figures as label/value rows, shared by the console table and the Markdown.</summary>
    public static IReadOnlyList<(string Label, string Value)> Rows(FailoverResult r)
    {
        var routing = r.Routing;
        var rows = new List<(string, string)>
        {
            ("Kill", r.Kill is null ? "none (baseline run)" : r.Kill.Killed ? Inv($"SIGKILL to pid {r.Kill.Pid} at t={r.Kill.AtSeconds:0.0} s") : $"FAILED: {r.Kill.Error}"),
            ("Went down with the silo", r.Placement is not { } p ? "–"
                : Inv($"{p.KilledSilo}: the queue ({(p.QueueOnKilledSilo ? "yes" : $"no, it was on {p.QueueSilo ?? "none"}")}), {p.AgentsOnKilledSilo} of {p.Agents} agents, {p.LiveCallsOnKilledSilo} of {p.LiveCalls} live calls")),
            ("Interactions created", Inv($"{r.Interactions.Created:N0} of {r.Interactions.Arrived:N0} arrivals ({r.Interactions.CreatedAfterRetry:N0} after a retry, {r.Interactions.CreationFailed:N0} failed every attempt)")),
        };
        rows.AddRange(r.Audit.TerminalByStatus.Select(s => ($"  final status {s.Key}", Inv($"{s.Value:N0}"))));
        rows.Add(("  still queued", Inv($"{r.Audit.StillQueued:N0}")));
        rows.Add(("  LOST", Inv($"{r.Audit.Lost:N0}")));
        rows.AddRange(r.Audit.LostReasons.Select(l => ($"    {l.Reason}", Inv($"{l.Count:N0} (e.g. {string.Join(", ", l.ExampleIds.Take(2))})"))));
        if (r.Interactions.Refusals > 0)
            rows.Add(("Refused at the edge (503 + Retry-After)", Inv($"{r.Interactions.Refusals:N0} refusals; {r.Interactions.CreatedAfterRefusal:N0} calls created after waiting, {r.Interactions.GaveUp:N0} callers gave up")));
        if (r.Audit.Refused > 0) rows.Add(("  refused, confirmed never created", Inv($"{r.Audit.Refused:N0}")));
        if (r.Audit.NotCreated > 0) rows.Add(("  not created (creation failed, no record)", Inv($"{r.Audit.NotCreated:N0}")));
        if (r.Interactions.EndedWithoutAgentComplete > 0)
            rows.Add(("Ended though the agent's Complete failed", Inv($"{r.Interactions.EndedWithoutAgentComplete:N0} (e.g. a Complete that landed but whose answer was lost; its retry was refused)")));
        if (r.Interactions.AnsweredMoreThanOnce > 0) rows.Add(("Answered more than once", Inv($"{r.Interactions.AnsweredMoreThanOnce:N0}")));
        rows.Add(("First assignment after the kill", routing.FirstAssignmentAfterKillSeconds is { } first ? Inv($"{first:0.0} s") : "none"));
        rows.Add(("Longest gap after the kill", Inv($"{routing.LongestGapAfterKill.Seconds:0.0} s (t={routing.LongestGapAfterKill.From:0.0}–{routing.LongestGapAfterKill.To:0.0}{(routing.LongestGapAfterKill.EndedByAssignment ? "" : ", to the end of the arrivals")})")));
        rows.Add(("Longest gap in the minute before", routing.LongestGapBeforeKill is { } g ? Inv($"{g.Seconds:0.0} s") : "–"));
        rows.Add(("Assignments/s, minute before the kill", Inv($"{routing.Before.PerSecond:0.00} (t={routing.Before.From:0}–{routing.Before.To:0}, arrivals {r.Settings.RatePerSecond:0.##}/s)")));
        rows.Add(("Routing resumed", routing.RecoveredAt is { } back ? Inv($"t={back:0.0} s; after-recovery figures from t={routing.SettledAt:0.0} s") : "never, while callers arrived"));
        rows.Add(("Assignments/s, after recovery", routing.AfterRecovery is { } a ? Inv($"{a.PerSecond:0.00} (t={a.From:0.0}–{a.To:0.0})")
            : routing.RecoveredAt is null ? "not recovered" : Inv($"– (under {RoutingGaps.MinimumWindowSeconds:0} s of arrivals left after t={routing.SettledAt:0.0})")));
        rows.Add(("Routing p50/p99 ms, before the kill", P(r.RoutingLatencyMs.BeforeKill)));
        rows.Add(("Routing p50/p99 ms, kill to settled", P(r.RoutingLatencyMs.KillToSettled)));
        rows.Add(("Routing p50/p99 ms, after recovery", P(r.RoutingLatencyMs.AfterRecovery)));
        rows.Add(("Drain", Inv($"{r.DrainSeconds:0.0} s, {(r.Drained ? "every created call completed" : "hit --drain with calls unfinished")}")));
        if (r.CreatesThrough is { } through) rows.Add(("Creates sent through", through));
        if (r.Redis is { } redis)
            rows.Add(("Redis commands per completed call", Inv($"{redis.CallsPerCompleted:0.0} ({redis.Calls:N0} calls / {redis.Completed:N0} completed; top: {string.Join(", ", redis.Top.Take(5).Select(c => $"{c.Command} {c.Calls:N0}"))})")));
        rows.Add(("Driver errors", r.DriverErrors.Count == 0 ? "none" : Inv($"{r.DriverErrors.Sum(e => e.Count):N0}")));
        rows.AddRange(r.DriverErrors.Select(e => ($"  {e.Kind}", Inv($"{e.Count:N0}: {e.Samples.FirstOrDefault()}"))));
        return rows;
    }

    public static void Print(FailoverResult r, IReadOnlyList<string> files)
    {
        var table = new Table().Title(Markup.Escape(Inv($"Failover: {r.Settings.RatePerSecond:0.##} arrivals/s, {r.Settings.Agents} agents, kill at {r.Settings.KillAfterSeconds:0} s of {r.Settings.DurationSeconds:0} s")))
            .AddColumns("Measure", "Value");
        foreach (var (label, value) in Rows(r)) table.AddRow(Markup.Escape(label), Markup.Escape(value));
        AnsiConsole.Write(table);
        foreach (var file in files) AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    public static string Markdown(FailoverResult r, string chart)
    {
        var md = new StringBuilder();
        md.AppendLine("# Failover measurement").AppendLine();
        md.AppendLine(Inv($"Cluster '{r.Settings.ClusterId}' on Redis {r.Settings.Redis}, measured {r.MeasuredAt:u} on {r.Settings.ProcessorCount} cores. ")
            + Inv($"{r.Settings.RatePerSecond:0.##} arrivals/s for {r.Settings.DurationSeconds:0} s into one FIFO queue, {r.Settings.Agents} agents, handle time {r.Settings.HandleSeconds:0} s, callers never hang up; ids start with `{r.Settings.Prefix}`."));
        md.AppendLine().AppendLine("| Measure | Value |").AppendLine("|---|---|");
        foreach (var (label, value) in Rows(r)) md.AppendLine($"| {label.Trim()} | {value.Replace("|", "\\|")} |");
        md.AppendLine().AppendLine($"![Arrivals and assignments per second]({chart})").AppendLine();
        md.AppendLine("LOST: the grain's status is neither terminal nor queued after the drain, the question failed, or the grain and the driver disagree. "
            + "The longest gap counts from the kill to the end of the arrivals; the minute before gives the ordinary gap between answers for comparison. "
            + $"Routing is back at the end of the longest gap when it is longer than any in the minute before, else at the first answer after the kill; "
            + $"\"after\" figures start at the later of that and {RoutingGaps.SettleSeconds:0} s after the kill.");
        return md.ToString();
    }

    /// <summary>Arrivals and assignments per second, averaged over 5-second bins (per-second counts of a 2/s process are mostly noise).</summary>
    private static string Timeline(FailoverResult r, string path)
    {
        const int bin = 5;
        var plot = new Plot();
        (double[] X, double[] Y) Binned(IReadOnlyList<int> perSecond) =>
            (Enumerable.Range(0, (perSecond.Count + bin - 1) / bin).Select(i => i * bin + bin / 2.0).ToArray(),
             perSecond.Chunk(bin).Select(c => c.Sum() / (double)bin).ToArray());
        var (ax, ay) = Binned(r.ArrivalsPerSecond);
        var arrivals = plot.Add.Scatter(ax, ay);
        arrivals.LegendText = "arrivals/s";
        arrivals.MarkerSize = 0;
        arrivals.LineWidth = 2;
        arrivals.LinePattern = LinePattern.Dashed;
        arrivals.Color = Colors.SteelBlue;
        var (sx, sy) = Binned(r.AssignmentsPerSecond);
        var answers = plot.Add.Scatter(sx, sy);
        answers.LegendText = "assignments/s";
        answers.MarkerSize = 0;
        answers.LineWidth = 2;
        if (r.Kill?.AtSeconds is { } killAt)
        {
            var kill = plot.Add.VerticalLine(killAt);
            kill.LegendText = r.Kill.Killed ? "silo killed" : "kill failed";
            kill.Color = Colors.Red;
        }
        if (r.Routing.SettledAt is { } settled)
        {
            var line = plot.Add.VerticalLine(settled);
            line.LegendText = "after-recovery figures from";
            line.Color = Colors.Green;
            line.LinePattern = LinePattern.Dashed;
        }
        plot.Axes.Bottom.Label.Text = "seconds since the first arrival (wall clock)";
        plot.Axes.Left.Label.Text = $"per second ({bin} s average)";
        plot.Title("Arrivals and assignments through the silo kill");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 420);
        return path;
    }

    private static string P(Percentiles p) => p.Samples == 0 ? "– (no calls)" : Inv($"{p.P50:0.0} / {p.P99:0.0} ({p.Samples:N0} calls)");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
