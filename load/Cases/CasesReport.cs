using System.Globalization;
using System.Text.Json;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.Cases;

/// <summary>`cases` output: FILE.json and a console table.</summary>
internal static class CasesReport
{
    public static async Task<IReadOnlyList<string>> WriteAsync(CasesResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, RunReport.Json), ct);
        return [output.FullName];
    }

    public static void Print(CasesResult r, IReadOnlyList<string> files)
    {
        var summary = new Table().Title(Inv($"{r.Cases:N0} cases over a simulated day ({(r.Completed ? "complete" : $"stopped at {r.ReachedAt:HH:mm}")})"))
            .AddColumns("Measure", "Value");
        summary.AddRow("Escalation steps fired", Inv($"{r.EscalationsFired:N0}"));
        summary.AddRow("SLA breaches recorded", Inv($"{r.BreachesFired:N0}"));
        summary.AddRow("Reminders fired / missing", Inv($"{r.RemindersFired:N0} / {r.RemindersMissing:N0}"));
        summary.AddRow("Lateness p50 / p99 / max (s)", Inv($"{r.LatenessSeconds.P50:0} / {r.LatenessSeconds.P99:0} / {r.LatenessSeconds.Max:0}"));
        summary.AddRow("Firing wall ms p50 / p99 / max", Inv($"{r.FiringWallMs.P50:0.0} / {r.FiringWallMs.P99:0.0} / {r.FiringWallMs.Max:0.0}"));
        summary.AddRow("Managed memory per case", Inv($"{r.Memory.ManagedBytesPerCase / 1024:0.0} KiB"));
        summary.AddRow("Working set per case", Inv($"{r.Memory.WorkingSetBytesPerCase / 1024:0.0} KiB"));
        summary.AddRow("Reminders registered (after opening / end)", Inv($"{r.RemindersRegisteredAfterOpening:N0} / {r.RemindersRegisteredAtEnd:N0}"));
        summary.AddRow("Open at end; started / resolved by workers", Inv($"{r.OpenAtEnd:N0}; {r.StartedByWorkers:N0} / {r.ResolvedByWorkers:N0}"));
        var w = r.Warnings;
        summary.AddRow("Warning precision / recall", Inv($"{Pct(w.Precision)} / {Pct(w.Recall)} ({w.WarnedBreaches:N0} of {w.Breaches:N0} breaches warned, {w.WarnedCases:N0} warned)"));
        summary.AddRow("Warning lead time median / p10 (min)", Inv($"{w.MedianLeadMinutes?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"} / {w.P10LeadMinutes?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"}"));
        summary.AddRow("Wall time (opening / total)", Inv($"{r.OpenSeconds:0.0} s / {r.WallSeconds:0.0} s"));
        AnsiConsole.Write(summary);
        var steps = new Table().Title("Escalations by step").AddColumns("Step", "Fired");
        foreach (var (step, count) in r.EscalationsByStep.OrderBy(s => s.Key, StringComparer.Ordinal)) steps.AddRow(Markup.Escape(step), Inv($"{count:N0}"));
        AnsiConsole.Write(steps);
        var hours = new Table().Title("By simulated hour").AddColumns("From (UTC)", "Escalations", "Breaches", "Reminders fired");
        foreach (var h in r.ByHour) hours.AddRow(Inv($"{h.From:ddd HH:mm}"), Inv($"{h.Escalations:N0}"), Inv($"{h.Breaches:N0}"), Inv($"{h.RemindersFired:N0}"));
        AnsiConsole.Write(hours);
        foreach (var file in files) AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    private static string Pct(double? value) => value is { } v ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
