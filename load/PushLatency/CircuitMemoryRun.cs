using System.Text.Json;
using Microsoft.Playwright;
using Spectre.Console;

namespace ContactCenter.Load.PushLatency;

/// <summary>Dashboard memory with Pages circuits of one page open: before, after, and the difference per circuit.</summary>
internal sealed record CircuitCost(string Page, int Pages, DashboardMemory Before, DashboardMemory After, long WorkingSetBytesPerCircuit, long ManagedBytesPerCircuit);

/// <summary>
/// The server memory of one Blazor circuit: opens the wallboard, then the agent console, Pages times each, one
/// page after another in headless Chromium (each in its own browser context, so each is its own circuit), and
/// reads the dashboard's admin diagnostics endpoint (a full GC first) before and after each set.
/// </summary>
internal static class CircuitMemoryRun
{
    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];

    public static async Task<int> RunAsync(Uri url, string admin, string password, string agentUser, int pages, FileInfo? output, CancellationToken ct)
    {
        using var session = await DashboardSession.SignInAsync(url, admin, password, ct);
        if (await session.MemoryAsync(ct) is null) throw new InvalidOperationException($"'{admin}' may not read /api/diagnostics/memory: sign in as an admin.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var costs = new List<CircuitCost>
        {
            await MeasureAsync(session, browser, url, admin, password, "/wallboard", "[data-testid=wallboard][data-live=true]", pages, ct),
            await MeasureAsync(session, browser, url, agentUser, password, "/agent", "[data-testid=console-live]", pages, ct),
        };
        if (output is not null) await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(costs, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }), ct);
        var table = new Table().Title("Server memory per Blazor circuit").AddColumns("Page", "Circuits", "RSS per circuit", "Managed heap per circuit");
        foreach (var c in costs)
            table.AddRow(c.Page, $"{c.After.Circuits - c.Before.Circuits} (asked {c.Pages})", $"{c.WorkingSetBytesPerCircuit / 1024.0:N0} KiB", $"{c.ManagedBytesPerCircuit / 1024.0:N0} KiB");
        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<CircuitCost> MeasureAsync(DashboardSession session, IBrowser browser, Uri url, string user, string password,
        string path, string interactive, int pages, CancellationToken ct)
    {
        var before = (await session.MemoryAsync(ct))!;
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < pages; i++)
        {
            var context = await browser.NewContextAsync();
            contexts.Add(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(url, $"/login?ReturnUrl={Uri.EscapeDataString(path)}").ToString());
            await page.FillAsync("[data-testid=user]", user);
            await page.FillAsync("[data-testid=password]", password);
            await page.ClickAsync("[data-testid=sign-in]");
            await page.Locator(interactive).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        }
        var after = (await session.MemoryAsync(ct))!;
        foreach (var context in contexts) await context.CloseAsync();
        var opened = Math.Max(1, after.Circuits - before.Circuits);
        return new CircuitCost(path, pages, before, after, (after.WorkingSetBytes - before.WorkingSetBytes) / opened, (after.ManagedHeapBytes - before.ManagedHeapBytes) / opened);
    }
}
