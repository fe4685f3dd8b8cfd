using System.Text.RegularExpressions;
using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// The agent desktop in Chromium: two agents hold, consult and transfer a call; at phone width the console
/// fits without horizontal scrolling, works from the keyboard, says why an offer went away, and a queue's
/// short wrap-up limit (the agent grain's own timer, on the real clock here) returns the agent to Ready.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentDesktopTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions Shows = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_agent_holds_consults_and_transfers_a_call_to_another_agent()
    {
        var (queueId, skill) = await NewQueue("Desk Billing", wrapUpSeconds: null);
        await Agent("agent-062", "Ada Moreno", skill, 9);
        await Agent("agent-063", "Bruno Keller", skill, 5);
        var customer = $"cust-{queueId}";
        var dana = dashboard.Grains.GetGrain<ICustomerGrain>(customer);
        await dana.Upsert(new CustomerProfile(customer, "Dana Whitfield", 24_000, DateTimeOffset.UtcNow.AddYears(-6), 0.35));
        await dana.AppendContact(new ContactRecord($"{queueId}-a", Channel.Voice, queueId, DateTimeOffset.UtcNow.AddDays(-9), InteractionStatus.Completed,
            "agent-007", 14, "complaint", "Roaming charges on the May bill; refund promised within 5 days"));
        await dana.AppendContact(new ContactRecord($"{queueId}-b", Channel.Chat, queueId, DateTimeOffset.UtcNow.AddDays(-2), InteractionStatus.Completed,
            "agent-021", 6, "follow-up", "Refund not yet visible; escalated to billing"));

        var ada = await Console("agent-062", 1280, 900);
        var bruno = await Console("agent-063", 1280, 900);
        await GoReady(ada);
        await GoReady(bruno);

        var call = Guid.NewGuid().ToString("N");
        await dashboard.Grains.GetGrain<IInteractionGrain>(call).Create(
            new NewInteraction(Channel.Voice, customer, "+15550142", new Dictionary<string, string> { ["intent"] = "billing" }, null, queueId));
        await Assertions.Expect(ada.Locator("[data-testid=work-title]")).ToContainTextAsync("Desk Billing", Shows);
        await Assertions.Expect(ada.Locator("[data-testid=caller-phone]")).ToHaveTextAsync("+15550142", Soon);
        await Assertions.Expect(ada.Locator("[data-testid=contacts]")).ToContainTextAsync("Refund not yet visible; escalated to billing", Shows);
        await Assertions.Expect(ada.Locator("[data-testid=contacts]")).ToContainTextAsync("complaint", Shows);
        await Assertions.Expect(ada.Locator("[data-testid=ready]")).ToHaveCountAsync(0);
        await ada.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(ada.Locator("[data-testid=presence]")).ToHaveTextAsync("Busy", Soon);
        await Assertions.Expect(ada.Locator("[data-testid=logout]")).ToHaveCountAsync(0);
        await Assertions.Expect(ada.Locator("[data-testid=not-ready]")).ToHaveTextAsync("Not ready after this");
        await ada.ScreenshotAsync(new() { Path = Shot("agent-desktop-connected.png"), FullPage = true });

        await ada.ClickAsync("[data-testid=hold]");
        await Assertions.Expect(ada.Locator("[data-testid=on-hold]")).ToBeVisibleAsync(Visible);
        await ada.ClickAsync("[data-testid=resume]");
        await Assertions.Expect(ada.Locator("[data-testid=hold]")).ToBeVisibleAsync(Visible);

        await Pick(ada, "Bruno Keller (Desk)");
        await ada.ClickAsync("[data-testid=consult-start]");
        await Assertions.Expect(ada.Locator("[data-testid=consult-status]")).ToContainTextAsync("Calling Bruno Keller", Shows);
        await Assertions.Expect(bruno.Locator("[data-testid=work-title]")).ToContainTextAsync("Consult request from Ada Moreno · Desk Billing", Shows);
        await bruno.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(ada.Locator("[data-testid=consult-status]")).ToContainTextAsync("Talking to Bruno Keller", Shows);
        await ada.ScreenshotAsync(new() { Path = Shot("agent-desktop-consult.png"), FullPage = true });
        await ada.ClickAsync("[data-testid=consult-transfer]");

        await Assertions.Expect(ada.Locator("[data-testid=presence]")).ToHaveTextAsync("WrapUp", Soon);
        await Assertions.Expect(bruno.Locator("[data-testid=presence]")).ToHaveTextAsync("Busy", Soon);
        await Assertions.Expect(bruno.Locator("[data-testid=hold]")).ToBeVisibleAsync(Visible);
        Assert.Equal("agent-063", (await dashboard.Grains.GetGrain<IInteractionGrain>(call).GetSnapshot()).AgentId);
        await bruno.ScreenshotAsync(new() { Path = Shot("agent-desktop-transferred.png"), FullPage = true });

        await Assertions.Expect(ada.Locator("[data-testid=complete]")).ToBeDisabledAsync();
        await PickCode(ada, "transferred");
        await ada.ClickAsync("[data-testid=complete]");
        await Assertions.Expect(ada.Locator("[data-testid=presence]")).ToHaveTextAsync("Ready", Soon);

        await bruno.ClickAsync("[data-testid=hangup]");
        await PickCode(bruno, "resolved");
        await bruno.ClickAsync("[data-testid=complete]");
        await Assertions.Expect(bruno.Locator("[data-testid=presence]")).ToHaveTextAsync("Ready", Soon);
        var done = await dashboard.Grains.GetGrain<IInteractionGrain>(call).GetSnapshot();
        Assert.Equal((InteractionStatus.Completed, "resolved"), (done.Status, done.WrapUpCode));
        await LogOut("agent-062");
        await LogOut("agent-063");
    }

    [Fact]
    public async Task At_phone_width_the_console_fits_works_from_the_keyboard_and_wrap_up_ends_by_itself()
    {
        var (queueId, skill) = await NewQueue("Desk Care", wrapUpSeconds: 3);
        await Agent("agent-062", "Ada Moreno", skill, 9);
        var customer = $"cust-{queueId}";
        await dashboard.Grains.GetGrain<ICustomerGrain>(customer).Upsert(new CustomerProfile(customer, "Lena Okafor", 4_500, DateTimeOffset.UtcNow.AddYears(-3), 0.62));
        var phone = await Console("agent-062", 390, 844);
        await phone.Context.GrantPermissionsAsync(["notifications"]);
        await phone.GetByText("Desktop notification").ClickAsync();
        await phone.WaitForFunctionAsync("() => localStorage.getItem('cc.console.ring.notify') === 'on'");
        await GoReady(phone);

        var hungUp = await Arrive(queueId, customer);
        await Assertions.Expect(phone.Locator("[data-testid=accept]")).ToBeVisibleAsync(Visible);
        // The offer rang: one beep (sound is on by default) and one browser notification (switched on above).
        await phone.WaitForFunctionAsync("() => window.__ccRings >= 1 && window.__ccNotifications >= 1");
        await dashboard.Grains.GetGrain<IInteractionGrain>(hungUp).Abandon();
        await Assertions.Expect(phone.Locator("[data-testid=notice]")).ToContainTextAsync("Offer from Desk Care was withdrawn: caller hung up", Shows);
        await Assertions.Expect(phone.Locator("[data-testid=presence]")).ToHaveTextAsync("Ready", Soon);

        var call = await Arrive(queueId, customer);
        await Assertions.Expect(phone.Locator("[data-testid=accept]")).ToBeVisibleAsync(Visible);
        await AssertFits(phone, "an offer");
        await phone.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(phone.Locator("[data-testid=presence]")).ToHaveTextAsync("Busy", Soon);
        await AssertFits(phone, "a connected call");

        foreach (var icon in await phone.Locator(".agent-console button.mud-icon-button").AllAsync())
            Assert.False(string.IsNullOrWhiteSpace(await icon.GetAttributeAsync("aria-label")), "an icon button without an aria-label");
        await TabTo(phone, "hold");
        Assert.NotEqual("none", await phone.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.Locator("[data-testid=on-hold]")).ToBeVisibleAsync(Visible);
        await phone.ScreenshotAsync(new() { Path = Shot("agent-desktop-phone.png"), FullPage = true });
        await TabTo(phone, "resume");
        await phone.Keyboard.PressAsync("Enter");
        await Assertions.Expect(phone.Locator("[data-testid=hold]")).ToBeVisibleAsync(Visible);

        await phone.ClickAsync("[data-testid=hangup]");
        await Assertions.Expect(phone.Locator("[data-testid=wrap-up-countdown]")).ToContainTextAsync("Wrap-up ends in", Shows);
        await AssertFits(phone, "wrap-up");
        await phone.ScreenshotAsync(new() { Path = Shot("agent-desktop-phone-wrap-up.png"), FullPage = true });
        // The queue allows 3 s of wrap-up; the agent grain's timer ends it and the agent is Ready again.
        await Assertions.Expect(phone.Locator("[data-testid=presence]")).ToHaveTextAsync("Ready", new() { Timeout = 10_000 });
        var done = await dashboard.Grains.GetGrain<IInteractionGrain>(call).GetSnapshot();
        Assert.Equal(InteractionStatus.Completed, done.Status);
        Assert.Contains("wrap-up time (3 s) ran out", done.Timeline[^1].Detail);
        await LogOut("agent-062");
    }

    private async Task<(string QueueId, string Skill)> NewQueue(string name, int? wrapUpSeconds)
    {
        var queueId = $"desk-{Guid.NewGuid():N}"[..18];
        var skill = $"skill-{queueId}";
        await dashboard.Grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, name,
            [new SkillRequirement(skill, 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default,
            WrapUpSeconds: wrapUpSeconds));
        return (queueId, skill);
    }

    /// <summary>Gives a demo agent the test's skill, and starts it logged out whatever an earlier test left.</summary>
    private async Task Agent(string id, string name, string skill, int level)
    {
        await dashboard.Grains.GetGrain<IAgentGrain>(id).Configure(new AgentProfile(id, name, "Desk", [new SkillLevel(skill, level)], ChannelCapacity.Default));
        await LogOut(id);
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

    private async Task<string> Arrive(string queueId, string customer)
    {
        var id = Guid.NewGuid().ToString("N");
        await dashboard.Grains.GetGrain<IInteractionGrain>(id).Create(
            new NewInteraction(Channel.Voice, customer, "+15550177", new Dictionary<string, string> { ["intent"] = "support" }, null, queueId));
        return id;
    }

    private async Task<IPage> Console(string user, int width, int height)
    {
        var context = await dashboard.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{dashboard.BaseUrl}/login?ReturnUrl={Uri.EscapeDataString("/agent")}");
        await page.FillAsync("[data-testid=user]", user);
        await page.FillAsync("[data-testid=password]", LiveDashboard.Password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(url => url.EndsWith("/agent"));
        await page.Locator("[data-testid=console-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        return page;
    }

    private static async Task GoReady(IPage page)
    {
        await page.ClickAsync("[data-testid=login]");
        await Assertions.Expect(page.Locator("[data-testid=presence]")).ToHaveTextAsync("NotReady", Soon);
        await Assertions.Expect(page.Locator("[data-testid=logout]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=ready]");
        await Assertions.Expect(page.Locator("[data-testid=presence]")).ToHaveTextAsync("Ready", Soon);
        await Assertions.Expect(page.Locator("[data-testid=ready]")).ToHaveCountAsync(0);
    }

    private static async Task Pick(IPage page, string label)
    {
        await page.Locator("[data-testid=target]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = label, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=consult-start]")).ToBeEnabledAsync();
    }

    private static async Task PickCode(IPage page, string code)
    {
        await page.Locator("[data-testid=wrap-up-code]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = code, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=complete]")).ToBeEnabledAsync();
    }

    private static async Task AssertFits(IPage page, string when)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"horizontal scrolling with {when}: scrollWidth {scroll} > innerWidth {inner}");
    }

    /// <summary>Presses Tab until the button with this test id has the focus: it is reachable from the keyboard.</summary>
    private static async Task TabTo(IPage page, string testId)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-testid')") == testId) return;
        }
        Assert.Fail($"Tab never reached [data-testid={testId}]");
    }

    private static string Shot(string name) => Path.Combine(LiveDashboard.Artifacts, name);
}
