using System.Text.Json;
using Spectre.Console;

namespace ContactCenter.Load.Bench;

internal static class BenchReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Progress(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    public static async Task WriteAsync(BenchResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, Json), ct);
    }

    public static void Print(BenchResult r, FileInfo output)
    {
        var table = new Table().Title("Routing benchmark").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Routed (offers) per second", $"{r.RoutedPerSecond:N1}");
        table.AddRow("Offer latency, agent free: p50 / p95 / p99 ms", Percentiles(r.OfferLatencyMs));
        table.AddRow("Offer latency, all offers: p50 / p95 / p99 ms", Percentiles(r.OfferLatencyAllMs));
        table.AddRow("Offers after waiting for an agent", $"{r.OffersAfterWaiting:N0} of {r.OfferLatencyAllMs.Samples:N0}");
        table.AddRow("Grain-call ceiling per second", $"{r.GrainCallCeilingPerSecond:N1}");
        table.AddRow("Arrivals / offers / completed", $"{r.Arrivals:N0} / {r.Offers:N0} / {r.Completed:N0}");
        table.AddRow("Refused by the agent / unfinished after 30 s", $"{r.Refused:N0} / {r.Unfinished:N0}");
        table.AddRow("Agents / queues / in flight", $"{r.Agents} / {r.Queues} / {r.InFlight}");
        table.AddRow("Seconds / handle ms", $"{r.Seconds} / {r.HandleMs}");
        table.AddRow("Machine", $"{r.Machine.ProcessorCount} cores, {r.Machine.Runtime}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(output.FullName)}[/]");
    }

    private static string Percentiles(LatencySummary l) => $"{l.P50:N2} / {l.P95:N2} / {l.P99:N2}";
}
