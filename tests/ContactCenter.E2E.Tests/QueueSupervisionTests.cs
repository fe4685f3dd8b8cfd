using ContactCenter.Contracts;
using Deque.AxeCore.Playwright;

namespace ContactCenter.E2E.Tests;

/// <summary>The queue page: targets are refused by the grain (never clamped) and confirmed old → new before they apply.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QueueSupervisionTests(LiveDashboard dashboard)
{
    [Fact]
    public async Task Invalid_targets_are_refused_beside_their_field_and_nothing_changes()
    {
        var (queueId, queue) = await NewQueue("E2E Refusals");
        var page = await OpenQueue(queueId);

        await Field(page, "sl-percent").FillAsync("150");
        await Field(page, "sl-percent").PressAsync("Tab");
        await page.Locator("[data-testid=save-targets]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToContainTextAsync("150%");
        await page.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(Control(page, "sl-percent")).ToContainTextAsync("serviceLevel.percent must be in (0, 100]", new() { Timeout = 10_000 });
        await Assertions.Expect(Field(page, "sl-percent")).ToHaveValueAsync("150");

        await Field(page, "sl-percent").FillAsync("80");
        await Field(page, "max-wait").FillAsync("");
        await Field(page, "max-wait").PressAsync("Tab");
        await page.Locator("[data-testid=save-targets]").ClickAsync();
        await Assertions.Expect(Control(page, "max-wait")).ToContainTextAsync("Maximum wait is required");
        await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "queue-detail-refused.png"), FullPage = true });

        var config = await queue.GetConfig();
        Assert.Equal((80.0, 20, 300), (config.ServiceLevel.Percent, config.ServiceLevel.ThresholdSeconds, config.MaxWaitSeconds));
        Assert.Single(await queue.GetAudit());
    }

    [Fact]
    public async Task A_target_change_is_confirmed_old_to_new_and_then_applied_and_audited()
    {
        var (queueId, queue) = await NewQueue("E2E Billing");
        // No churn risk: the caller must not top the analysts' at-risk list that another test of this dashboard reads.
        var customer = $"cust-{Guid.NewGuid():N}";
        await dashboard.Grains.GetGrain<ICustomerGrain>(customer).Upsert(new CustomerProfile(customer, "Maria Garcia", 25_000, DateTimeOffset.UtcNow.AddYears(-3), 0));
        await dashboard.Grains.GetGrain<IInteractionGrain>($"call-{Guid.NewGuid():N}")
            .Create(new NewInteraction(Channel.Voice, customer, "+15550100", new Dictionary<string, string>(), null, queueId));
        var page = await OpenQueue(queueId);
        await Assertions.Expect(page.Locator("[data-testid=waiting-table]")).ToContainTextAsync("Maria Garcia", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=move]")).ToBeDisabledAsync();
        // The accessibility scan's queue has nobody waiting, so the move controls of a waiting row are scanned here.
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Queue to move Maria Garcia to" })).ToBeVisibleAsync();
        var axe = await page.Locator("[data-testid=waiting-table]").RunAxe();
        var failing = axe.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Impact} {v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));

        await Field(page, "sl-percent").FillAsync("90");
        await Field(page, "max-wait").FillAsync("120");
        await Field(page, "max-wait").PressAsync("Tab");
        await page.Locator("[data-testid=save-targets]").ClickAsync();
        var dialog = page.Locator("[data-testid=confirm-dialog]");
        var rows = dialog.Locator("[data-testid=confirm-change]");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Service level %80%→90%");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Maximum wait300 s→120 s");
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "queue-detail-confirm.png") });
        Assert.Equal(80.0, (await queue.GetConfig()).ServiceLevel.Percent);

        await page.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=audit-table]")).ToContainTextAsync("supervisor", new() { Timeout = 10_000 });
        var config = await queue.GetConfig();
        Assert.Equal((90.0, 120), (config.ServiceLevel.Percent, config.MaxWaitSeconds));
        await Assertions.Expect(page.Locator("[data-testid=fig-waiting]")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "queue-detail.png"), FullPage = true });
    }

    private async Task<(string Id, IQueueGrain Grain)> NewQueue(string name)
    {
        var id = $"e2e-{Guid.NewGuid():N}"[..16];
        var queue = dashboard.Grains.GetGrain<IQueueGrain>(id);
        await queue.Configure(new QueueConfig(id, name, [new SkillRequirement($"skill-{id}", 1)], new ServiceLevelTarget(80, 20), 300,
            OverflowTarget.None, [], PriorityWeights.Default));
        return (id, queue);
    }

    private async Task<IPage> OpenQueue(string queueId)
    {
        var page = await dashboard.SignedInPage("supervisor", $"/queues/{queueId}");
        await page.Locator("[data-testid=queue-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        return page;
    }

    private static ILocator Field(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    /// <summary>The field's MudBlazor control, which holds its label, input and error text.</summary>
    private static ILocator Control(IPage page, string testId) =>
        page.Locator(".mud-input-control").Filter(new() { Has = page.Locator($"input[data-testid={testId}], [data-testid={testId}] input") }).Last;
}
