using System.Text.Json;
using ContactCenter.Load.Bench;
using Microsoft.Playwright;
using Spectre.Console;

namespace ContactCenter.Load.PushLatency;

/// <summary>What push-latency writes.</summary>
internal sealed record PushLatencyResult(int Pages, int Events, int Samples, int Missing, LatencySummary LatencyMs, double MaxMs, DateTimeOffset MeasuredAt);

/// <summary>
/// Raises arrivals in a probe queue nobody serves, so each one raises its waiting count by one, and
/// times each count from just before the API call to its appearance in every page's DOM (both clocks
/// are this machine's wall clock). Cleans up the probe interactions afterwards.
/// </summary>
internal static class PushLatencyRun
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<int> RunAsync(PushLatencyOptions options, CancellationToken ct)
    {
        using var session = await DashboardSession.SignInAsync(options.Url, options.User, options.Password, ct);
        var queueId = $"latency-{DateTime.UtcNow:HHmmssfff}";
        await session.PutQueueAsync(queueId, ct);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        BenchReport.Progress($"Opening {options.Pages} signed-in wallboard pages...");
        var watchers = new List<WallboardWatcher>();
        for (var i = 0; i < options.Pages; i++) watchers.Add(await WallboardWatcher.OpenAsync(browser, options, queueId));

        BenchReport.Progress($"Raising {options.Events} arrivals, {PushLatencyOptions.Spacing.TotalMilliseconds} ms apart...");
        var sentAt = new long[options.Events + 1];
        var ids = new List<string>();
        for (var n = 1; n <= options.Events && !ct.IsCancellationRequested; n++)
        {
            sentAt[n] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            ids.Add(await session.ArriveAsync(queueId, ct));
            await Task.Delay(PushLatencyOptions.Spacing, ct);
        }
        await Task.Delay(TimeSpan.FromSeconds(2), ct);

        var latencies = new List<double>();
        var missing = 0;
        foreach (var seen in await Task.WhenAll(watchers.Select(w => w.SeenAsync())))
            for (var n = 1; n <= ids.Count; n++)
                if (seen.TryGetValue(n.ToString(), out var at)) latencies.Add(at - sentAt[n]);
                else missing++;
        foreach (var id in ids) await session.AbandonAsync(id, ct);

        var result = new PushLatencyResult(options.Pages, ids.Count, latencies.Count, missing, LatencySummary.Of(latencies),
            latencies.DefaultIfEmpty(0).Max(), DateTimeOffset.UtcNow);
        options.Output.Directory?.Create();
        await File.WriteAllTextAsync(options.Output.FullName, JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }), ct);
        var table = new Table().Title("Push latency: grain event to browser DOM").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Pages × events", $"{options.Pages} × {ids.Count}");
        table.AddRow("Samples / missing", $"{latencies.Count:N0} / {missing:N0}");
        table.AddRow("p50 / p95 / p99 ms", $"{result.LatencyMs.P50:N0} / {result.LatencyMs.P95:N0} / {result.LatencyMs.P99:N0}");
        table.AddRow("Mean / max ms", $"{result.LatencyMs.Mean:N0} / {result.MaxMs:N0}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(options.Output.FullName)}[/]");
        return missing == 0 ? 0 : 1;
    }
}
