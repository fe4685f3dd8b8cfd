using System.Globalization;
using System.Text.Json;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.IndexBench;

/// <summary>`index-bench` output: the JSON file and a console table.</summary>
internal static class IndexBenchReport
{
    public static async Task WriteAsync(IndexBenchResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, RunReport.Json), ct);
    }

    public static void Print(IndexBenchResult r, string file)
    {
        var table = new Table().Title("Routing indices, microseconds per operation").AddColumns("Operation", "Waiting", "Agents", "Runs", "p50 µs", "p99 µs", "max µs");
        foreach (var m in r.Measurements)
            table.AddRow(Markup.Escape(m.Name), Inv($"{m.Waiting:N0}"), Inv($"{m.Agents:N0}"), Inv($"{m.Repetitions:N0}"),
                Inv($"{m.LatencyUs.P50:0.0}"), Inv($"{m.LatencyUs.P99:0.0}"), Inv($"{m.LatencyUs.Max:0.0}"));
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(Inv($"Memory: {r.Memory.BytesPerWaitingEntry:N0} bytes per waiting entry ({r.Memory.Waiting:N0} waiting), {r.Memory.BytesPerAgent:N0} bytes per agent ({r.Memory.Agents:N0} agents, one class built)."));
        AnsiConsole.WriteLine(Inv($"{r.Machine.ProcessorCount} cores; load average at the start {r.LoadAverage ?? "unknown"}."));
        AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
