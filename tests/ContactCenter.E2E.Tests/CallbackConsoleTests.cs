using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// A callback in the agent console, in Chromium: the caller chose a callback, the agent is offered it as a callback,
/// sees the number to dial, dials from the keyboard, talks, hangs up and completes it; at phone width the card fits.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CallbackConsoleTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions Shows = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_agent_is_offered_a_callback_sees_the_number_dials_and_completes_it()
    {
        var queueId = $"cbq-{Guid.NewGuid():N}"[..18];
        var skill = $"skill-{queueId}";
        await dashboard.Grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, "Desk Callbacks",
            [new SkillRequirement(skill, 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        var agent = dashboard.Grains.GetGrain<IAgentGrain>("agent-062");
        await agent.Configure(new AgentProfile("agent-062", "Ada Moreno", "Desk", [new SkillLevel(skill, 7)], ChannelCapacity.Default));
        await LogOut(agent);

        var call = Guid.NewGuid().ToString("N");
        await dashboard.Grains.GetGrain<IInteractionGrain>(call).Create(
            new NewInteraction(Channel.Voice, null, "+15550188", new Dictionary<string, string>(), null, queueId));
        var callback = await dashboard.Grains.GetGrain<IInteractionGrain>(call).RequestCallback(null);

        var page = await Console("agent-062", 1440, 900);
        await page.ClickAsync("[data-testid=login]");
        await Assertions.Expect(page.Locator("[data-testid=presence]")).ToHaveTextAsync("NotReady", Soon);
        await page.ClickAsync("[data-testid=ready]");
        await Assertions.Expect(page.Locator("[data-testid=work-title]")).ToContainTextAsync("Callback · Desk Callbacks · Offered", Shows);
        await page.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(page.Locator("[data-testid=callback-number]")).ToHaveTextAsync("+15550188", Soon);
        await Assertions.Expect(page.Locator("[data-testid=hangup]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Shot("callback-to-dial-1440.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner, $"horizontal scrolling at phone width: scrollWidth {scroll} > innerWidth {inner}");
        await page.ScreenshotAsync(new() { Path = Shot("callback-to-dial-390.png"), FullPage = true });

        // Keyboard only: focus the Dial button and press Enter.
        await page.Locator("[data-testid=dial]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=hangup]")).ToBeVisibleAsync(Visible);
        await Assertions.Expect(page.Locator("[data-testid=callback-dial]")).ToHaveCountAsync(0);
        var talking = await dashboard.Grains.GetGrain<IInteractionGrain>(callback.InteractionId).GetSnapshot();
        Assert.Equal((InteractionStatus.Connected, DialOutcome.Answered), (talking.Status, talking.Callback!.LastOutcome));

        await page.ClickAsync("[data-testid=hangup]");
        await Assertions.Expect(page.Locator("[data-testid=presence]")).ToHaveTextAsync("WrapUp", Soon);
        await page.Locator("[data-testid=wrap-up-code]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "resolved", Exact = true }).ClickAsync();
        await page.ClickAsync("[data-testid=complete]");
        await Assertions.Expect(page.Locator("[data-testid=presence]")).ToHaveTextAsync("Ready", Soon);
        var done = await dashboard.Grains.GetGrain<IInteractionGrain>(callback.InteractionId).GetSnapshot();
        Assert.Equal((InteractionStatus.Completed, call), (done.Status, done.Callback!.OriginalId));
        var original = await dashboard.Grains.GetGrain<IInteractionGrain>(call).GetSnapshot();
        Assert.Equal((InteractionStatus.CallbackScheduled, callback.InteractionId), (original.Status, original.Callback!.CallbackId));
        await LogOut(agent);
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

    /// <summary>Starts the demo agent logged out whatever an earlier test left.</summary>
    private async Task LogOut(IAgentGrain agent)
    {
        foreach (var item in (await agent.GetSnapshot()).Work)
        {
            if (item.Status == WorkStatus.Offered) { await agent.Decline(item.InteractionId); continue; }
            if (item.Status == WorkStatus.Connected && item.Call is not null) await dashboard.Grains.GetGrain<IInteractionGrain>(item.InteractionId).HangUp();
            await agent.Complete(item.InteractionId, "test-cleanup", null);
        }
        if ((await agent.GetSnapshot()).Presence != AgentPresence.LoggedOut) await agent.Logout();
    }

    private static string Shot(string name) => Path.Combine(LiveDashboard.Artifacts, name);
}
