using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.Replay;

/// <summary>Replayed next to history: RESULT.json, RESULT.md and charts, and a console table.</summary>
internal static class ReplayReport
{
    public static ReplayResult Build(TraceParseResult trace, ReplayOptions options, IReadOnlyList<PolicyReplay> replays)
    {
        var used = trace.Calls.OrderBy(c => c.ArrivedAt).ThenBy(c => c.CallId).Take(options.MaxArrivals).ToArray();
        var staffing = TraceStaffing.PerHour(used);
        var summary = new TraceSummary(options.Trace.FullName, trace.Rows, trace.Calls.Count, trace.Excluded, trace.Bad, trace.Examples,
            staffing.Count, staffing.Select(s => s.Agents).DefaultIfEmpty(0).Max(), options.StaffingFactor);
        return new ReplayResult(summary, replays.FirstOrDefault()?.Run.Clock ?? "", ReplayFiguresCalculator.Historical(used), replays,
            Compare(replays), TimeProvider.System.GetUtcNow(), MachineInfo.Current());
    }

    private static PolicyComparison? Compare(IReadOnlyList<PolicyReplay> replays)
    {
        var fifo = replays.FirstOrDefault(r => r.Policy == "fifo")?.Figures;
        var value = replays.FirstOrDefault(r => r.Policy == "value")?.Figures;
        if (fifo is null || value is null) return null;
        static double Change(double from, double to) => from == 0 ? 0 : Math.Round(100 * (to - from) / from, 1);
        static double Abandon(WaitFigures f) => f.Calls == 0 ? 0 : Math.Round(100.0 * f.Abandoned / f.Calls, 2);
        return new PolicyComparison(
            fifo.Priority.MeanWaitSeconds, value.Priority.MeanWaitSeconds, Change(fifo.Priority.MeanWaitSeconds, value.Priority.MeanWaitSeconds),
            fifo.Regular.MeanWaitSeconds, value.Regular.MeanWaitSeconds, Change(fifo.Regular.MeanWaitSeconds, value.Regular.MeanWaitSeconds),
            Abandon(fifo.Priority), Abandon(value.Priority), Abandon(fifo.Regular), Abandon(value.Regular));
    }

    public static async Task<IReadOnlyList<string>> WriteAsync(ReplayResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, RunReport.Json), ct);
        var stem = Path.Combine(output.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(output.Name));
        var charts = result.Replays.Select(r => RunCharts.Timeline(r.Run.Timeline, $"{stem}-{r.Policy}-timeline.png")).ToList();
        charts.Add(ReplayCharts.MeanWaits(result, $"{stem}-waits-by-priority.png"));
        var markdown = $"{stem}.md";
        await File.WriteAllTextAsync(markdown, Markdown(result, charts.Select(Path.GetFileName).ToArray()!), ct);
        return [output.FullName, markdown, .. charts];
    }

    /// <summary>Rows of the side-by-side table: a label and how to read the figure from one column's figures.</summary>
    private static readonly (string Label, Func<ReplayFigures, double> Read, string Format)[] Rows =
    [
        ("Calls", f => f.Overall.Calls, "N0"),
        ("Answered", f => f.Overall.Answered, "N0"),
        ("Abandoned", f => f.Overall.Abandoned, "N0"),
        ("Mean wait, all (s)", f => f.Overall.MeanWaitSeconds, "0.0"),
        ("Mean wait, regular (s)", f => f.Regular.MeanWaitSeconds, "0.0"),
        ("Mean wait, priority (s)", f => f.Priority.MeanWaitSeconds, "0.0"),
        ("p90 wait, all (s)", f => f.Overall.P90WaitSeconds, "0.0"),
        ("p90 wait, regular (s)", f => f.Regular.P90WaitSeconds, "0.0"),
        ("p90 wait, priority (s)", f => f.Priority.P90WaitSeconds, "0.0"),
        ("Abandoned, regular", f => f.Regular.Abandoned, "N0"),
        ("Abandoned, priority", f => f.Priority.Abandoned, "N0"),
        ("Service level 20 s (%)", f => f.Overall.ServiceLevel20Percent, "0.0"),
        ("Service level 60 s (%)", f => f.Overall.ServiceLevel60Percent, "0.0"),
    ];

    public static string Markdown(ReplayResult r, IReadOnlyList<string> charts)
    {
        var md = new StringBuilder();
        var t = r.Trace;
        md.AppendLine("# Trace replay").AppendLine();
        md.AppendLine(Inv($"{Path.GetFileName(t.File)}: {t.Rows:N0} rows, {t.Calls:N0} replayed, {t.Excluded.Values.Sum():N0} excluded, {t.Bad.Values.Sum():N0} bad; {t.Hours:N0} hours, up to {t.MaxAgents} distinct agents serving in an hour, staffed at {t.StaffingFactor:0.##}× that; clock {r.Clock}."));
        md.AppendLine().AppendLine("| Rows left out | Reason |").AppendLine("|--:|---|");
        foreach (var (reason, n) in t.Excluded.Select(e => (e.Key, e.Value)).Concat(t.Bad.Select(b => ($"bad: {b.Key}", b.Value))))
            md.AppendLine(Inv($"| {n:N0} | {reason} |"));
        md.AppendLine().Append("| Measure | Historical |");
        foreach (var p in r.Replays) md.Append(Inv($" Replayed, {p.Policy} |"));
        md.AppendLine().Append("|---|--:|").AppendLine(string.Concat(r.Replays.Select(_ => "--:|")));
        foreach (var (label, read, format) in Rows)
        {
            md.Append(Inv($"| {label} | {read(r.Historical).ToString(format, CultureInfo.InvariantCulture)} |"));
            foreach (var p in r.Replays) md.Append(Inv($" {read(p.Figures).ToString(format, CultureInfo.InvariantCulture)} |"));
            md.AppendLine();
        }
        if (r.Comparison is { } c)
            md.AppendLine().AppendLine(Inv($"Value scoring against FIFO: priority callers' mean wait {c.PriorityMeanWaitFifo:0.0} s → {c.PriorityMeanWaitValue:0.0} s ({c.PriorityMeanWaitChangePercent:+0.0;-0.0}%); regular callers' {c.RegularMeanWaitFifo:0.0} s → {c.RegularMeanWaitValue:0.0} s ({c.RegularMeanWaitChangePercent:+0.0;-0.0}%). Abandonment: priority {c.PriorityAbandonPercentFifo:0.0}% → {c.PriorityAbandonPercentValue:0.0}%, regular {c.RegularAbandonPercentFifo:0.0}% → {c.RegularAbandonPercentValue:0.0}%."));
        md.AppendLine().AppendLine("## Charts").AppendLine();
        foreach (var chart in charts) md.AppendLine($"![{chart}]({chart})").AppendLine();
        return md.ToString();
    }

    public static void Print(ReplayResult r, IReadOnlyList<string> files)
    {
        var table = new Table().Title("Replayed next to history").AddColumn("Measure").AddColumn(new TableColumn("Historical").RightAligned());
        foreach (var p in r.Replays) table.AddColumn(new TableColumn($"Replayed, {p.Policy}").RightAligned());
        foreach (var (label, read, format) in Rows)
            table.AddRow([label, read(r.Historical).ToString(format, CultureInfo.InvariantCulture),
                .. r.Replays.Select(p => read(p.Figures).ToString(format, CultureInfo.InvariantCulture))]);
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(Inv($"Rows: {r.Trace.Rows:N0}; replayed {r.Trace.Calls:N0}; excluded {r.Trace.Excluded.Values.Sum():N0}; bad {r.Trace.Bad.Values.Sum():N0}."));
        foreach (var (reason, n) in r.Trace.Excluded.Concat(r.Trace.Bad)) AnsiConsole.WriteLine(Inv($"  {n,6:N0}  {reason}"));
        foreach (var file in files) AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
