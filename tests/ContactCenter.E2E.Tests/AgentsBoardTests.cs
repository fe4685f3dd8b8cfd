using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>The agents board on a phone: no horizontal scroll, only actions that apply, confirmed, named for the agent.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentsBoardTests(LiveDashboard dashboard)
{
    [Fact]
    public async Task At_390_px_the_board_fits_and_a_supervisor_makes_a_not_ready_agent_ready()
    {
        var skill = $"skill-{Guid.NewGuid():N}";
        var ann = await NewAgent("Ann Lee", skill, login: true);
        var gone = await NewAgent("Otto Gone", skill, login: false);

        var board = await dashboard.SignedInPage("supervisor", "/agents");
        await board.SetViewportSizeAsync(390, 844);
        await board.Locator("[data-testid=board-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var row = board.Locator($"tr[data-agent={ann}]");
        await Assertions.Expect(row.Locator("[data-testid=state]")).ToContainTextAsync("NotReady", new() { Timeout = 15_000 });

        Assert.True(await board.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the agents board scrolls sideways at 390 px");
        Assert.True(await board.EvaluateAsync<bool>(
                "() => [...document.querySelectorAll('[data-testid=agents-table] td')].every(td => td.getBoundingClientRect().right <= window.innerWidth + 1)"),
            "a cell of the agents board is cut off at 390 px (the table scrolls inside its container)");
        await Assertions.Expect(row.Locator("[data-testid=force-not-ready]")).ToHaveCountAsync(0);
        await Assertions.Expect(board.Locator($"tr[data-agent={gone}] [data-testid=force-not-ready]")).ToHaveCountAsync(0);
        await Assertions.Expect(board.Locator($"tr[data-agent={gone}] [data-testid=force-ready]")).ToHaveCountAsync(0);

        await row.Locator("[data-testid=reason]").SelectOptionAsync("coaching");
        await board.GetByRole(AriaRole.Button, new() { Name = "Make ready: Ann Lee" }).ClickAsync();
        await Assertions.Expect(board.Locator("[data-testid=confirm-dialog]")).ToContainTextAsync("Ready");
        await board.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=state]")).ToContainTextAsync("Ready", new() { Timeout = 15_000 });
        Assert.Equal(AgentPresence.Ready, (await dashboard.Grains.GetGrain<IAgentGrain>(ann).GetSnapshot()).Presence);
        var audit = (await dashboard.Grains.GetGrain<IAgentGrain>(ann).GetAudit())[0];
        Assert.Equal(("supervisor", "Ready (coaching)"), (audit.By, audit.New));

        await Assertions.Expect(board.GetByRole(AriaRole.Button, new() { Name = "Force Ann Lee not ready" })).ToBeVisibleAsync();
        Assert.True(await board.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await row.ScrollIntoViewIfNeededAsync();
        await board.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "agents-board-390.png") });
    }

    [Fact]
    public async Task A_forced_change_can_be_cancelled_in_its_confirmation()
    {
        var ann = await NewAgent("Cara Cancel", $"skill-{Guid.NewGuid():N}", login: true);
        await dashboard.Grains.GetGrain<IAgentGrain>(ann).SetReady();
        var board = await dashboard.SignedInPage("supervisor", "/agents");
        await board.Locator("[data-testid=board-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await board.GetByRole(AriaRole.Button, new() { Name = "Force Cara Cancel not ready" }).ClickAsync();
        await Assertions.Expect(board.Locator("[data-testid=confirm-change]")).ToContainTextAsync("Ready");
        await board.Locator("[data-testid=confirm-cancel]").ClickAsync();
        await Assertions.Expect(board.Locator("[data-testid=confirm-dialog]")).ToHaveCountAsync(0);
        Assert.Equal(AgentPresence.Ready, (await dashboard.Grains.GetGrain<IAgentGrain>(ann).GetSnapshot()).Presence);
        await board.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "agents-board.png") });
    }

    private async Task<string> NewAgent(string name, string skill, bool login)
    {
        var id = $"e2e-{Guid.NewGuid():N}"[..16];
        var agent = dashboard.Grains.GetGrain<IAgentGrain>(id);
        await agent.Configure(new AgentProfile(id, name, "E2E", [new SkillLevel(skill, 6)], ChannelCapacity.Default));
        if (login) await agent.Login();
        return id;
    }
}
