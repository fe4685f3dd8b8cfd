using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SupervisorActionTests(LiveDashboard dashboard)
{
    [Fact]
    public async Task A_supervisor_logs_out_an_agent_who_has_gone_from_the_agents_board()
    {
        var agent = dashboard.Grains.GetGrain<IAgentGrain>("agent-063");
        await agent.Configure(new AgentProfile("agent-063", "Nia Kim", "Cascade", [new SkillLevel($"skill-{Guid.NewGuid():N}", 6)], ChannelCapacity.Default));
        if ((await agent.GetSnapshot()).Presence == AgentPresence.LoggedOut) await agent.Login();
        await agent.SetReady();

        var board = await dashboard.SignedInPage("supervisor", "/agents");
        await board.Locator("[data-testid=board-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var row = board.Locator("tr[data-agent=agent-063]");
        await Assertions.Expect(row.Locator("[data-testid=state]")).ToContainTextAsync("Ready", new() { Timeout = 15_000 });
        await row.Locator("[data-testid=force-logout]").ClickAsync();
        await board.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=state]")).ToContainTextAsync("LoggedOut", new() { Timeout = 15_000 });
        Assert.Equal(AgentPresence.LoggedOut, (await agent.GetSnapshot()).Presence);
        await board.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "agents-board.png"), FullPage = true });
    }
}
