using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using Deque.AxeCore.Playwright;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// Self-service in a real Chromium: a customer without an account opens a request on /help, a supervisor moves it on
/// the case page, and the customer (on a phone, by keyboard) sees the change on refresh and adds a comment that puts
/// the case back in progress. Waits are bounded polls, never sleeps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfServiceTests(LiveDashboard dashboard)
{
    private const int Phone = 390;
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_customer_opens_a_request_sees_the_agents_status_change_and_adds_a_comment()
    {
        var product = await Product();
        var customer = await Anonymous("/help", 1440, 900);

        await customer.ClickAsync("[data-testid=ss-open]");
        await Assertions.Expect(customer.Locator("[data-testid=error-name]")).ToHaveTextAsync("name is required.", Soon);
        await Assertions.Expect(customer.Locator("[data-testid=ss-name]")).ToBeFocusedAsync();
        await customer.FillAsync("[data-testid=ss-name]", "Mia Jones");
        await customer.FillAsync("[data-testid=ss-email]", "mia.jones@example.com");
        await customer.SelectOptionAsync("[data-testid=ss-product]", product);
        await customer.FillAsync("[data-testid=ss-subject]", "Router reboots every hour");
        await customer.FillAsync("[data-testid=ss-description]", "Since Monday.\nThe light goes red first.");
        await customer.ClickAsync("[data-testid=ss-open]");
        var reference = await customer.Locator("[data-testid=ss-reference]").InnerTextAsync(new() { Timeout = 15_000 });
        var token = await customer.Locator("[data-testid=ss-token]").InnerTextAsync();
        Assert.Matches("^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$", reference);
        await customer.ScreenshotAsync(new() { Path = Shot("self-service-receipt.png"), FullPage = true });

        var staff = await dashboard.SignedInPage("supervisor", $"/cases/{reference}");
        await Assertions.Expect(staff.Locator("[data-testid=case-self-service]")).ToContainTextAsync($"self-service request {reference}", SoonContains);
        await staff.Locator("[data-testid=case-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await staff.Locator("input[data-testid=move-reason]").FillAsync("internal: ask for the serial");
        await staff.Locator("input[data-testid=move-reason]").BlurAsync();
        await staff.ClickAsync("[data-testid=move-pendingcustomer]");
        await Assertions.Expect(staff.Locator("[data-testid=case-status]")).ToHaveTextAsync("PendingCustomer", Soon);

        // Later, on a phone, by keyboard only.
        var phone = await Anonymous("/help", Phone, 844);
        await phone.FocusAsync("[data-testid=ss-check-reference]");
        await phone.Keyboard.TypeAsync(reference.ToLowerInvariant());
        await phone.Keyboard.PressAsync("Tab");
        await phone.Keyboard.TypeAsync(token);
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.Locator("[data-testid=ss-status-text]")).ToHaveTextAsync("Waiting for your reply", Soon);
        await Assertions.Expect(phone.Locator("[data-testid=ss-status]")).Not.ToContainTextAsync("internal");
        await Assertions.Expect(phone.Locator("[data-testid=ss-status]")).Not.ToContainTextAsync("supervisor");
        await AssertNoSidewaysScroll(phone);
        await AssertNoSeriousAxeViolations(phone);

        await phone.FocusAsync("[data-testid=ss-comment]");
        await phone.Keyboard.TypeAsync("The serial is X2-1234.");
        await phone.Keyboard.PressAsync("Tab");
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.Locator("[data-testid=ss-status-text]")).ToHaveTextAsync("We are working on it", Soon);
        await Assertions.Expect(phone.Locator("[data-testid=ss-timeline]")).ToContainTextAsync("The serial is X2-1234.");
        await phone.ScreenshotAsync(new() { Path = Shot("self-service-status-390.png"), FullPage = true });

        await staff.ReloadAsync();
        await Assertions.Expect(staff.Locator("[data-testid=case-status]")).ToHaveTextAsync("InProgress", Soon);
        await Assertions.Expect(staff.Locator("[data-testid=timeline-entry][data-kind=CustomerComment]")).ToContainTextAsync("The serial is X2-1234.", SoonContains);
    }

    [Fact]
    public async Task A_wrong_token_says_only_that_the_reference_or_token_is_not_right_and_the_sign_in_page_links_to_help()
    {
        var page = await Anonymous("/login", 1440, 900);
        await page.ClickAsync("[data-testid=customer-help]");
        await page.WaitForURLAsync(new Regex("/help$"));

        await page.FillAsync("[data-testid=ss-check-reference]", "SR-0000-0000");
        await page.FillAsync("[data-testid=ss-check-token]", "NOTTHETOKEN");
        await page.ClickAsync("[data-testid=ss-check]");

        await Assertions.Expect(page.Locator("[data-testid=ss-check-error]")).ToHaveTextAsync("The reference or the token is not right.", Soon);
        await Assertions.Expect(page.Locator("[data-testid=ss-status]")).ToHaveCountAsync(0);
        await AssertNoSeriousAxeViolations(page);
    }

    /// <summary>The help page's catalog: one product on a fresh queue (the catalog is the center's; no other test uses it).</summary>
    private async Task<string> Product()
    {
        var queue = $"e2e-{Guid.NewGuid():N}"[..16];
        await dashboard.Grains.GetGrain<IQueueGrain>(queue).Configure(new QueueConfig(queue, "E2E web requests",
            [new SkillRequirement($"skill-{queue}", 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        var product = $"router-{queue}";
        await dashboard.Grains.GetGrain<ISelfServiceCatalogGrain>(SelfServiceReferences.CatalogKey).PutProducts([new(product, "Routers", queue)]);
        return product;
    }

    private async Task<IPage> Anonymous(string path, int width, int height)
    {
        var page = await (await dashboard.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } })).NewPageAsync();
        await page.GotoAsync($"{dashboard.BaseUrl}{path}");
        return page;
    }

    private static async Task AssertNoSeriousAxeViolations(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    private static async Task AssertNoSidewaysScroll(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"no horizontal scroll at {Phone} px on {page.Url}");

    private static string Shot(string name) => Path.Combine(LiveDashboard.Artifacts, name);
}
