using System.Globalization;
using System.Text;
using System.Text.Json;
using ContactCenter.Load.Engine;

namespace ContactCenter.Load.Results;

/// <summary>Writes RESULT.json, a Markdown summary beside it (RESULT.md) and its charts (RESULT-*.png).</summary>
internal static class RunReport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<IReadOnlyList<string>> WriteAsync(RunResult result, CallLedger ledger, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, Json), ct);
        var stem = Path.Combine(output.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(output.Name));
        var calls = ledger.Calls.Where(c => c.WaitSeconds is not null).ToArray();
        var charts = new[]
        {
            RunCharts.Timeline(result.Timeline, $"{stem}-timeline.png"),
            RunCharts.Histogram(calls.Select(c => c.WaitSeconds!.Value).ToArray(), "Wait until answered or hung up", "seconds (simulated)", $"{stem}-waits.png"),
            RunCharts.Histogram(calls.Where(c => c.FoundAgentFree && c.RoutingLatencyMs is not null).Select(c => c.RoutingLatencyMs!.Value).ToArray(),
                "Routing latency, arrival to offer", "milliseconds (wall clock)", $"{stem}-latency.png"),
        };
        var markdown = $"{stem}.md";
        await File.WriteAllTextAsync(markdown, Markdown(result, charts.Select(Path.GetFileName).ToArray()!), ct);
        return [output.FullName, markdown, .. charts];
    }

    public static string Markdown(RunResult r, IReadOnlyList<string> charts)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"# Load run: {r.Scenario}")).AppendLine();
        md.AppendLine(Inv($"{r.Target}, clock {r.Clock}: {r.SimulatedSeconds / 3600:0.##} simulated hours in {r.WallSeconds:0.#} s of wall clock; measured {r.MeasuredAt:u} on {r.Machine.ProcessorCount} cores."));
        if (!r.Diagnostics.Completed) md.AppendLine().AppendLine("**The run hit a bound before every call had ended; unfinished calls are counted as such.**");
        md.AppendLine().AppendLine("| Queue | Agents | Arrivals | Answered | Abandoned | SL | ASA s | AHT s | Abandon % | Occupancy % | Wait p50/p90/p99 s | Routing p50/p99 ms | Arrivals/s (wall) |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var q in r.Queues.Append(r.Overall))
            md.AppendLine(Inv($"| {q.Queue} | {q.Agents} | {q.Arrivals:N0} | {q.Answered:N0} | {q.Abandoned:N0} | {q.ServiceLevelPercent:0.0}% in {q.ThresholdSeconds}s | {q.AsaSeconds:0.0} | {q.AhtSeconds:0.0} | {q.AbandonPercent:0.0} | {q.OccupancyPercent:0.0} | {q.WaitSeconds.P50:0.#}/{q.WaitSeconds.P90:0.#}/{q.WaitSeconds.P99:0.#} | {q.RoutingLatencyMs.P50:0.##}/{q.RoutingLatencyMs.P99:0.##} | {q.ArrivalsPerSecondWall:0.#} |"));
        var theory = r.Phases.SelectMany(p => p.Queues.Select(q => (p, q))).ToArray();
        if (theory.Length > 0)
        {
            md.AppendLine().AppendLine("## Measured against queueing theory").AppendLine();
            md.AppendLine("| Phase | Queue | Arrivals | SL measured | SL theory | ASA measured s | ASA theory s | Abandon % measured | Abandon % theory | Model |");
            md.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|---|");
            foreach (var (p, q) in theory)
                md.AppendLine(Inv($"| {p.Index} {p.Kind} | {q.Queue} | {q.Arrivals:N0} | {q.ServiceLevelPercent:0.0}% | {Or(q.Theory?.ServiceLevelPercent, "0.0")} | {q.AsaSeconds:0.0} | {Or(q.Theory?.AsaSeconds, "0.0")} | {q.AbandonPercent:0.0} | {Or(q.Theory?.AbandonPercent, "0.0")} | {q.Theory?.Model ?? q.TheoryNote} |"));
        }
        if (r.Tiers.Count > 1)
        {
            md.AppendLine().AppendLine("## By customer tier").AppendLine().AppendLine("| Tier | Arrivals | SL | ASA s | Abandon % | Wait p90 s |").AppendLine("|---|--:|--:|--:|--:|--:|");
            foreach (var t in r.Tiers) md.AppendLine(Inv($"| {t.Tier} | {t.Arrivals:N0} | {t.ServiceLevelPercent:0.0}% | {t.AsaSeconds:0.0} | {t.AbandonPercent:0.0} | {t.WaitSeconds.P90:0.#} |"));
        }
        md.AppendLine().AppendLine("## Charts").AppendLine();
        foreach (var chart in charts) md.AppendLine($"![{chart}]({chart})").AppendLine();
        md.AppendLine(Inv($"Diagnostics: {r.Diagnostics.PlannedArrivals:N0} arrivals planned, {r.Diagnostics.Faults} driver faults, {r.Diagnostics.SettleTimeouts} settle timeouts."));
        return md.ToString();
    }

    private static string Or(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
