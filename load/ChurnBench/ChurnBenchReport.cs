using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.ChurnBench;

/// <summary>`churn-bench` output: RESULT.json, RESULT.md beside it, and a console table.</summary>
internal static class ChurnBenchReport
{
    public static async Task<IReadOnlyList<string>> WriteAsync(ChurnBenchResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, RunReport.Json), ct);
        var markdown = Path.Combine(output.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(output.Name) + ".md");
        await File.WriteAllTextAsync(markdown, Markdown(result), ct);
        return [output.FullName, markdown];
    }

    public static string Markdown(ChurnBenchResult r)
    {
        var md = new StringBuilder();
        md.AppendLine("# Churn scoring and training benchmark").AppendLine();
        md.AppendLine(Inv($"Learner {r.Learner}, cross-validation {r.CrossValidation}. Measured {r.MeasuredAt:u} on {r.Machine.ProcessorCount} cores, {r.Machine.Runtime}; load average at the start {r.LoadAverage ?? "unknown"}."));
        md.AppendLine().AppendLine(Inv($"## Scoring (model trained on {r.ScoringModelRows:N0} synthetic rows)")).AppendLine();
        md.AppendLine("| Measure | Callers | Calls | Scores/s | p50 ms | p90 ms | p99 ms | Max ms |").AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var s in r.Scoring)
            md.AppendLine(Inv($"| {s.Name} | {s.Callers} | {s.Calls:N0} | {s.ScoresPerSecond:N0} | {s.LatencyMs.P50:0.000} | {s.LatencyMs.P90:0.000} | {s.LatencyMs.P99:0.000} | {s.LatencyMs.Max:0.0} |"));
        md.AppendLine().AppendLine("## Training time").AppendLine();
        md.AppendLine("| Rows | Trained on | Held out | Generate s | Train s | Stages (s) | Held-out AUC | Positive rate | Peak working set MB |")
            .AppendLine("|--:|--:|--:|--:|--:|---|--:|--:|--:|");
        foreach (var t in r.Training)
            md.AppendLine(Inv($"| {t.Rows:N0} | {t.TrainingRows:N0} | {t.HeldOutRows:N0} | {t.GenerateSeconds:0.0} | {t.TrainSeconds:0.0} | {Stages(t)} | {t.HeldOutRocAuc:0.000} | {t.PositiveRate:0.000} | {t.PeakWorkingSetMb:N0} |"));
        md.AppendLine().AppendLine($"Data: {r.Generator}");
        return md.ToString();
    }

    public static void Print(ChurnBenchResult r, IReadOnlyList<string> files)
    {
        var scoring = new Table().Title($"Churn scoring ({Markup.Escape(r.Learner)})").AddColumns("Measure", "Callers", "Calls", "Scores/s", "p50 ms", "p99 ms");
        foreach (var s in r.Scoring)
            scoring.AddRow(Markup.Escape(s.Name), $"{s.Callers}", Inv($"{s.Calls:N0}"), Inv($"{s.ScoresPerSecond:N0}"), Inv($"{s.LatencyMs.P50:0.000}"), Inv($"{s.LatencyMs.P99:0.000}"));
        AnsiConsole.Write(scoring);
        var training = new Table().Title($"Training, one learner, no cross-validation").AddColumns("Rows", "Train s", "Stages (s)", "Held-out AUC", "Peak MB");
        foreach (var t in r.Training)
            training.AddRow(Inv($"{t.Rows:N0}"), Inv($"{t.TrainSeconds:0.0}"), Markup.Escape(Stages(t)), Inv($"{t.HeldOutRocAuc:0.000}"), Inv($"{t.PeakWorkingSetMb:N0}"));
        AnsiConsole.Write(training);
        AnsiConsole.WriteLine(Inv($"{r.Machine.ProcessorCount} cores; load average at the start {r.LoadAverage ?? "unknown"}."));
        foreach (var file in files) AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    private static string Stages(TrainingMeasurement t) => string.Join(", ", t.Stages.Select(s => Inv($"{s.Stage} {s.Seconds:0.0}")));

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
