using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Demo;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class AnalystTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    /// <summary>Full cross-validated training of every learner on the seeded customers: a real background job, bounded.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Training = new() { Timeout = 240_000 };

    [Fact]
    public async Task An_analyst_follows_the_riskiest_customer_then_retrains_and_promotes_the_model()
    {
        var firstVersion = await SeedDemoWithFirstModel();

        var page = await dashboard.SignedInPage("analyst", "/analyst/at-risk");
        await page.Locator("[data-testid=at-risk-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var rows = page.Locator("tr[data-customer]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("[data-testid=match-count]")).ToHaveTextAsync(MatchCount(), new() { Timeout = 15_000 });
        Assert.Equal(50, await rows.CountAsync());

        await page.Locator("[data-testid=filter-band]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("High", new() { Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/analyst/at-risk?band=High");
        // The table says which band its rows were loaded for once they are on screen; until then it still shows every band.
        await Assertions.Expect(page.Locator("[data-testid=at-risk-table]")).ToHaveAttributeAsync("data-band", "High", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=match-count]")).ToHaveTextAsync(MatchCount(), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("tr[data-customer] [data-testid=risk]:not([data-band=High])")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Assertions.Expect(rows.First).ToBeVisibleAsync(Soon);
        Assert.All(await page.Locator("tr[data-customer] [data-testid=risk]").EvaluateAllAsync<string[]>("chips => chips.map(c => c.dataset.band)"),
            band => Assert.Equal("High", band));

        var customerId = await rows.First.GetAttributeAsync("data-customer");
        await rows.First.Locator("[data-testid=customer-link]").ClickAsync();
        await page.WaitForURLAsync($"**/analyst/customers/{customerId}");
        await Assertions.Expect(page.Locator("[data-testid=customer-name]")).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("[data-testid=risk-history] svg")).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("[data-testid=contribution]").First).ToContainTextAsync(new Regex("(raised|lowered) the risk by"));
        await Assertions.Expect(page.Locator("[data-testid=features]")).ToContainTextAsync("calls abandoned in the last 90 days");
        await NoSeriousAccessibilityViolation(page); // the accessibility scan's customer has no explanation; this one has
        var customerPage = page.Url;

        await page.ClickAsync("[data-testid=link-model]");
        await page.Locator("[data-testid=model-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=current-version]")).ToHaveTextAsync(firstVersion);
        await Assertions.Expect(page.Locator("[data-testid=roc] svg")).ToBeVisibleAsync();

        await page.Locator("[data-testid=csv-import] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "no-label.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("plan,monthly_spend,left\nbasic,20,yes\npro,80,no\n"),
        });
        await Assertions.Expect(page.Locator("[data-testid=csv-problem]")).ToContainTextAsync("The file has no column 'churned' for the label", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=csv-train]")).ToBeDisabledAsync();

        await page.ClickAsync("[data-testid=retrain]");
        await Assertions.Expect(page.Locator("[data-testid=job-progress]")).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("[data-testid=comparison]")).ToBeVisibleAsync(Training);
        await FullScreenshot(page, "analyst-candidate.png");
        await page.ClickAsync("[data-testid=promote]");
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Promote this model?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Promote", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=job-promoted]")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var promoted = await dashboard.Grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).GetVersion();
        Assert.NotEqual(firstVersion, promoted);
        await Assertions.Expect(page.Locator("[data-testid=current-version]")).ToHaveTextAsync(promoted!);
        await Assertions.Expect(page.Locator("[data-testid=current-trials]")).ToBeVisibleAsync();
        await NoSeriousAccessibilityViolation(page); // with a model: importance bars, the promoted alert
        await FullScreenshot(page, "analyst-model.png");

        // Back on the customer: rescored by the new model, so the risk history has a second point.
        await page.GotoAsync(customerPage);
        await Assertions.Expect(page.Locator("[data-testid=customer-live]")).ToBeAttachedAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=scored-by]")).ToHaveTextAsync($"model {promoted}");
        await FullScreenshot(page, "analyst-customer.png");

        // The list as the promoted model ranks it, so the screenshots agree with each other.
        await page.ClickAsync("[data-testid=link-at-risk]");
        await page.WaitForURLAsync("**/analyst/at-risk");
        await Assertions.Expect(page.Locator("tr[data-customer]").First).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("[data-testid=match-count]")).ToHaveTextAsync(MatchCount(), new() { Timeout = 15_000 });
        await FullScreenshot(page, "analyst-at-risk.png");
    }

    /// <summary>axe-core on the page as it stands: no critical or serious finding (the scan of every page sees them before any model).</summary>
    private static async Task NoSeriousAccessibilityViolation(IPage page)
    {
        // Colours as they settle: no pointer hover, no transition caught halfway (a button just enabled fades in).
        await page.Mouse.MoveAsync(0, 0);
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; animation: none !important; }" });
        var result = await page.RunAxe();
        var failing = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Impact} {v.Id} on {page.Url}: {string.Join(" | ", v.Nodes.Select(n => $"{n.Target} {n.Html} {string.Join("; ", n.Any.Select(c => c.Message))}"))}").ToList();
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
    }

    /// <summary>From the top, so the fixed app bar is drawn where it belongs and not where the page was scrolled to.</summary>
    private static async Task FullScreenshot(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, name), FullPage = true });
    }

    /// <summary>
    /// The live dashboard runs without the simulator, so this does what the demo does after seeding: seed the
    /// center (a smaller population) and bootstrap a first model. Both keep what exists, so a rerun is harmless.
    /// </summary>
    private async Task<string> SeedDemoWithFirstModel()
    {
        var options = new SimulationOptions { Customers = 1_500, CustomersWithHistoryPercent = 85 };
        await new DemoCenterSeeder(dashboard.Grains, TimeProvider.System, NullLogger<DemoCenterSeeder>.Instance).SeedAsync(options, CancellationToken.None);
        await new ChurnBootstrap(dashboard.Grains, TimeProvider.System, NullLogger<ChurnBootstrap>.Instance).RunAsync(CancellationToken.None);
        return await dashboard.Grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).GetVersion()
            ?? throw new InvalidOperationException("The bootstrap promoted no churn model.");
    }

    [GeneratedRegex(@"^[\d,]+ of [\d,]+ customers match")]
    private static partial Regex MatchCount();
}
