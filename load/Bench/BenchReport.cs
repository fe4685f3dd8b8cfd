using System.Text.Json;
using Spectre.Console;

namespace ContactCenter.Load.Bench;

internal static class BenchReport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Progress(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    public static void Step(StepMeasurement s) => Progress(
        $"  {s.Rate,9:N1}/s: routed {s.RoutedPerSecond:N1}/s, completed {s.CompletedByGrace:N0} of {s.Scheduled:N0}, " +
        $"p50/p99 {s.Latency.P50:N2}/{s.Latency.P99:N2} ms, late {s.Late:N0}, failed {s.Failed:N0}, unfinished {s.Unfinished:N0}, CPU {s.CpuPercent:N0}%");

    public static async Task WriteAsync(BenchResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, Json), ct);
    }

    public static void Print(BenchResult r, FileInfo output)
    {
        var table = new Table().Title($"Routing benchmark ({r.Mode})").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        var findMax = r.Steps.Count > 0;
        if (findMax) table.AddRow("Max rate (arrivals/s kept up with)", r.MaxRate is { } max ? $"{max:N1}" : "none");
        var at = findMax ? "at max" : $"at {r.LatencyRate:N1}/s, median of {r.LatencyRuns.Count}";
        table.AddRow($"Routed / completed per second {at}", $"{r.RoutedPerSecond:N1} / {r.CompletedPerSecond:N1}");
        table.AddRow($"Offer latency at {r.LatencyRate:N1}/s, median of {r.LatencyRuns.Count}: p50 / p95 / p99 ms",
            $"{r.OfferLatencyMs.P50:N2} / {r.OfferLatencyMs.P95:N2} / {r.OfferLatencyMs.P99:N2}");
        table.AddRow($"Ping ceiling/s ({r.PingCallers} callers): many grains / one grain / one stateless worker",
            $"{r.GrainCallCeilingPerSecond:N0} / {r.SingleActivationCeilingPerSecond:N0} / {r.StatelessWorkerCeilingPerSecond:N0}");
        table.AddRow($"CPU % / bytes allocated / grain calls per routed ({at})", $"{r.CpuPercent:N1} / {r.BytesAllocatedPerRouted:N0} / {r.GrainCallsPerRouted:N1}");
        table.AddRow($"Meets target (≥ {r.Target.RoutedPerSecond:N0}/s, p99 ≤ {r.Target.OfferP99Ms} ms)", r.MeetsTarget ? "[green]yes[/]" : "[red]no[/]");
        table.AddRow("Agents (failed set-up) / queues / per agent", $"{r.Agents:N0}{(r.AgentsDefaulted ? " (default)" : "")} ({r.AgentsFailed}) / {r.Queues} / {r.QueuesPerAgent}");
        table.AddRow("Waiting, never served (failed)", $"{r.Waiting:N0} ({r.WaitingFailed})");
        table.AddRow("Handle ms / seconds per step / runs", $"{r.HandleMs} / {r.Seconds} / {r.Runs}");
        table.AddRow("Late sends / unfinished after drain", $"{r.LateSends:N0} / {r.Unfinished:N0}");
        table.AddRow("Failures", r.Failures.Count == 0 ? "none" : Markup.Escape(string.Join(", ", r.Failures.Select(f => $"{f.Key} ×{f.Value}"))));
        if (r.StopReason is not null) table.AddRow("Search stopped", Markup.Escape(r.StopReason));
        table.AddRow("Machine", $"{r.Machine.ProcessorCount} cores, {r.Machine.Runtime}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(output.FullName)}[/]");
    }
}
