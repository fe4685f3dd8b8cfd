using System.Text.RegularExpressions;
using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// Cases in a real Chromium: an agent opens a case from a call in the console; a case under a one-minute contract
/// breaches while a supervisor watches /cases, the escalation notice arrives in the bell without a reload, the
/// supervisor acknowledges it and the case's timeline says who. Waits are bounded polls, never sleeps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseTests(LiveDashboard dashboard)
{
    private const string Agent = "agent-062";
    private const int Phone = 390;
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 15_000 };

    /// <summary>The contract's one-minute targets run on the real clock; the reminder or timer may add up to a minute more.</summary>
    private static readonly TimeSpan BreachWithin = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task An_agent_creates_a_case_from_a_call_in_the_console_and_sees_it_in_my_cases()
    {
        var (queue, skill) = await Queue("Care");
        var customer = await Customer("Dana Whitfield", contractId: null);
        await dashboard.Grains.GetGrain<IAgentGrain>(Agent).Configure(new AgentProfile(Agent, "Ada Moreno", "Desk", [new SkillLevel(skill, 8)], ChannelCapacity.Default));
        await LogOut(Agent);
        try
        {
            var console = await Page(Agent, "/agent", 1280, 900);
            await console.Locator("[data-testid=console-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
            await console.ClickAsync("[data-testid=login]");
            await console.ClickAsync("[data-testid=ready]");
            await Assertions.Expect(console.Locator("[data-testid=presence]")).ToHaveTextAsync("Ready", Soon);
            var call = Guid.NewGuid().ToString("N");
            await dashboard.Grains.GetGrain<IInteractionGrain>(call).Create(
                new NewInteraction(Channel.Voice, customer, "+15550142", new Dictionary<string, string> { ["intent"] = "support" }, null, queue));
            await console.ClickAsync("[data-testid=accept]", new() { Timeout = 15_000 });
            await Assertions.Expect(console.Locator("[data-testid=presence]")).ToHaveTextAsync("Busy", Soon);
            await console.Locator("textarea[data-testid=notes]").FillAsync("Router reboots every night\nCustomer tried a reset");
            await console.Locator("textarea[data-testid=notes]").BlurAsync();

            await console.ClickAsync("[data-testid=create-case]");
            var subject = console.Locator("input[data-testid=case-subject-input]");
            await Assertions.Expect(subject).ToHaveValueAsync("Router reboots every night", new() { Timeout = 15_000 });
            await console.ClickAsync("[data-testid=create-case-submit]");

            await console.WaitForURLAsync(new Regex("/cases/case-[a-z2-7]{10}$"), new() { Timeout = 15_000 });
            var caseId = console.Url[(console.Url.LastIndexOf('/') + 1)..];
            await Assertions.Expect(console.Locator("[data-testid=case-subject]")).ToHaveTextAsync("Router reboots every night", Soon);
            await Assertions.Expect(console.Locator("[data-testid=case-owner]")).ToHaveTextAsync("Ada Moreno");
            await Assertions.Expect(console.Locator("[data-testid=case-interactions]")).ToContainTextAsync(call);
            var created = await dashboard.Grains.GetGrain<ICaseGrain>(caseId).GetSnapshot();
            Assert.Equal((customer, queue, Agent, CaseStatus.Assigned), (created.CustomerId, created.QueueId, created.AgentId, created.Status));
            Assert.Equal(Agent, created.Timeline[0].By);

            await console.GotoAsync($"{dashboard.BaseUrl}/agent");
            var mine = console.Locator($"[data-testid=my-case][data-case={caseId}]");
            await Assertions.Expect(mine).ToContainTextAsync("Router reboots every night", SoonContains);
            await Assertions.Expect(mine.Locator("[data-testid=sla]")).ToHaveTextAsync(new Regex("^On track · "));
            // The screen pop now lists the customer's open case, and offers to link the call (already linked by the create).
            await Assertions.Expect(console.Locator($"[data-testid=customer-case][data-case={caseId}]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await console.ScreenshotAsync(new() { Path = Shot("cases-console-my-cases.png"), FullPage = true });

            var phone = await Page(Agent, "/agent", Phone, 844);
            await Assertions.Expect(phone.Locator($"[data-testid=my-case][data-case={caseId}]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await AssertNoSidewaysScroll(phone);
            await phone.ScreenshotAsync(new() { Path = Shot("cases-console-my-cases-390.png"), FullPage = true });
        }
        finally { await LogOut(Agent); }
    }

    [Fact]
    public async Task A_supervisor_sees_a_case_breach_and_its_notice_arrive_without_reloading_and_the_timeline_records_the_acknowledgement()
    {
        var (queue, _) = await Queue("Escalations");
        var contract = $"e2e-minute-{Guid.NewGuid():N}"[..24];
        await dashboard.Grains.GetGrain<IServiceContractGrain>(contract).Put(new ServiceContract(contract, "One minute (E2E)",
            ServiceContracts.Targets((1, 1), (1, 1), (1, 1), (1, 1)), CoverageHours.AlwaysOpen));
        await dashboard.Grains.GetGrain<IEscalationPolicyGrain>(queue).Set(new EscalationPolicy(PickupMinutes: null, SupervisorMinutes: 1, ManagersMinutes: null, RaisePriority: false));
        var customer = await Customer("Noor Haddad", contract);

        var wallboard = await Page("supervisor", "/wallboard", 1400, 900);
        var breachedOnWall = wallboard.Locator("[data-testid=tile-cases] [data-testid=cases-breached]");
        await wallboard.Locator("[data-testid=wallboard][data-live=true]").WaitForAsync(new() { Timeout = 15_000 });
        var breachedBefore = int.Parse(await breachedOnWall.TextContentAsync() ?? "0");
        var page = await Page("supervisor", "/cases", 1400, 900);
        await page.Locator("[data-testid=cases-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await page.Locator("[data-testid=bell][data-live=true]").WaitForAsync(new() { Timeout = 15_000 });
        await page.ClickAsync("[data-testid=bell-button]");
        await page.EvaluateAsync("() => window.__sameDocument = true");

        var caseId = $"case-e2e{Guid.NewGuid():N}"[..20];
        await dashboard.Grains.GetGrain<ICaseGrain>(caseId).Create(new CaseDraft(customer, "Invoice sent twice", queue, CasePriority.High));
        var row = page.Locator($"[data-testid=case-row][data-case={caseId}]");
        await Assertions.Expect(row.Locator("[data-testid=sla]")).ToHaveTextAsync(new Regex("^On track · "), Soon);

        // The server's breach ("Breached"), not the page's own countdown running out ("Overdue").
        await Assertions.Expect(row.Locator("[data-testid=sla]")).ToHaveTextAsync(new Regex("^Breached"), new() { Timeout = (float)BreachWithin.TotalMilliseconds });
        var notice = page.Locator($"[data-testid=notification][data-case={caseId}]").First;
        await Assertions.Expect(notice).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-testid=bell-count]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("cases-notifications.png") });
        // The wallboard's case tile follows by push too.
        await Assertions.Expect(breachedOnWall).ToHaveTextAsync((breachedBefore + 1).ToString(), Soon);
        await wallboard.ScreenshotAsync(new() { Path = Shot("cases-wallboard.png") });
        await page.ClickAsync("[data-testid=bell-button]");
        await Assertions.Expect(page.Locator("[data-testid=sla-tab-breached] [data-testid=count]")).Not.ToHaveTextAsync("0", Soon);
        await page.ScreenshotAsync(new() { Path = Shot("cases-list.png"), FullPage = true });
        await page.ClickAsync("[data-testid=bell-button]");

        await notice.Locator("[data-testid=acknowledge]").ClickAsync();
        await Assertions.Expect(notice.Locator("[data-testid=acknowledged-by]")).ToHaveTextAsync("Acknowledged by supervisor", Soon);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was never reloaded");

        await notice.Locator("[data-testid=notification-link]").ClickAsync();
        await page.WaitForURLAsync($"**/cases/{caseId}");
        var acknowledged = page.Locator("[data-testid=timeline-entry][data-kind=NotificationAcknowledged]");
        await Assertions.Expect(acknowledged.First).ToContainTextAsync("supervisor", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=timeline-entry][data-kind=FirstResponseBreached]")).ToHaveCountAsync(1);
        // Only the moves the case allows from New.
        await Assertions.Expect(page.Locator("[data-testid^=move-]:not([data-testid=move-reason])")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-testid=move-closed], [data-testid=move-reopened]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=case-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("[data-testid=bell-panel]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Shot("cases-case.png"), FullPage = true });

        var phoneList = await Page("supervisor", "/cases", Phone, 844);
        await Assertions.Expect(phoneList.Locator($"[data-testid=case-row][data-case={caseId}]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await AssertNoSidewaysScroll(phoneList);
        await phoneList.ScreenshotAsync(new() { Path = Shot("cases-list-390.png"), FullPage = true });
        var phoneCase = await Page("supervisor", $"/cases/{caseId}", Phone, 844);
        await Assertions.Expect(phoneCase.Locator("[data-testid=timeline-entry]").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await AssertNoSidewaysScroll(phoneCase);
        await phoneCase.ScreenshotAsync(new() { Path = Shot("cases-case-390.png"), FullPage = true });
    }

    [Fact]
    public async Task The_queue_page_edits_the_escalation_policy_and_names_a_refused_field()
    {
        var (queue, _) = await Queue("Policy");
        var page = await Page("supervisor", $"/queues/{queue}", 1400, 900);
        await page.Locator("[data-testid=queue-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var pickup = page.Locator("input[data-testid=pickup-minutes]");
        await Assertions.Expect(pickup).ToHaveValueAsync("30", new() { Timeout = 15_000 });

        await pickup.FillAsync("0");
        await page.ClickAsync("[data-testid=save-escalation]");
        await Assertions.Expect(page.Locator("[data-testid=escalation-policy]")).ToContainTextAsync("pickupMinutes must be between", SoonContains);

        await pickup.FillAsync("12");
        await page.GetByText("2. Notify the team's supervisor").ClickAsync();
        await page.ClickAsync("[data-testid=save-escalation]");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Escalation policy saved", SoonContains);
        var saved = await dashboard.Grains.GetGrain<IEscalationPolicyGrain>(queue).Get();
        Assert.Equal((12, (int?)null, 30), (saved.PickupMinutes, saved.SupervisorMinutes, saved.ManagersMinutes));
    }

    private async Task<(string Queue, string Skill)> Queue(string name)
    {
        var id = $"e2e-{Guid.NewGuid():N}"[..16];
        var skill = $"skill-{id}";
        await dashboard.Grains.GetGrain<IQueueGrain>(id).Configure(new QueueConfig(id, $"E2E {name}",
            [new SkillRequirement(skill, 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        return (id, skill);
    }

    private async Task<string> Customer(string name, string? contractId)
    {
        var id = $"cust-{Guid.NewGuid():N}"[..20];
        await dashboard.Grains.GetGrain<ICustomerGrain>(id).Upsert(new CustomerProfile(id, name, 24_000, DateTimeOffset.UtcNow.AddYears(-4), 0.3, contractId));
        return id;
    }

    private async Task<IPage> Page(string user, string path, int width, int height)
    {
        var context = await dashboard.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{dashboard.BaseUrl}/login?ReturnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("[data-testid=user]", user);
        await page.FillAsync("[data-testid=password]", LiveDashboard.Password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(url => url.EndsWith(path), new() { Timeout = 60_000 });
        return page;
    }

    private async Task LogOut(string id)
    {
        var agent = dashboard.Grains.GetGrain<IAgentGrain>(id);
        foreach (var item in (await agent.GetSnapshot()).Work)
        {
            if (item.Status == WorkStatus.Offered) { await agent.Decline(item.InteractionId); continue; }
            if (item.Status == WorkStatus.Connected && !item.IsConsult) await dashboard.Grains.GetGrain<IInteractionGrain>(item.InteractionId).HangUp();
            await agent.Complete(item.InteractionId, "test-cleanup", null);
        }
        if ((await agent.GetSnapshot()).Presence != AgentPresence.LoggedOut) await agent.Logout();
    }

    private static async Task AssertNoSidewaysScroll(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"no horizontal scroll at {Phone} px on {page.Url}");

    private static string Shot(string name) => Path.Combine(LiveDashboard.Artifacts, name);
}
