using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AgentConsoleTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_agent_goes_ready_takes_an_offer_and_completes_it_while_the_wallboard_follows()
    {
        var queueId = $"e2e-{Guid.NewGuid():N}"[..16];
        var skill = $"skill-{queueId}";
        await dashboard.Grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, "E2E Care",
            [new SkillRequirement(skill, 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        await dashboard.Grains.GetGrain<IAgentGrain>("agent-064").Configure(
            new AgentProfile("agent-064", "Omar Novak", "Delta", [new SkillLevel(skill, 8)], ChannelCapacity.Default));
        var customer = $"cust-{queueId}";
        await dashboard.Grains.GetGrain<ICustomerGrain>(customer).Upsert(new CustomerProfile(customer, "Dana Whitfield", 24_000, DateTimeOffset.UtcNow.AddYears(-6), 0.35));

        var wallboard = await dashboard.SignedInPage("supervisor", "/wallboard");
        var agents = wallboard.Locator($"[data-testid=tile-{queueId}] [data-testid=agents]");
        var console = await dashboard.SignedInPage("agent-064", "/agent");
        var presence = console.Locator("[data-testid=presence]");
        await console.Locator("[data-testid=console-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });

        await console.ClickAsync("[data-testid=login]");
        await Assertions.Expect(presence).ToHaveTextAsync("NotReady", Soon);
        await console.ClickAsync("[data-testid=ready]");
        await Assertions.Expect(presence).ToHaveTextAsync("Ready", Soon);
        await Assertions.Expect(agents).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1 · 0 · 0 · 0"), Soon);

        var call = Guid.NewGuid().ToString("N");
        await dashboard.Grains.GetGrain<IInteractionGrain>(call).Create(
            new NewInteraction(Channel.Voice, customer, "+15550142", new Dictionary<string, string> { ["intent"] = "billing" }, null, queueId));
        await Assertions.Expect(presence).ToHaveTextAsync("Reserved", Soon);
        await Assertions.Expect(console.Locator("[data-testid=customer-name]")).ToHaveTextAsync("Dana Whitfield", Soon);
        await Assertions.Expect(console.Locator("[data-testid=tier]")).ToHaveTextAsync("Platinum");

        await console.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(presence).ToHaveTextAsync("Busy", Soon);
        await Assertions.Expect(agents).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0 · 1 · 0 · 0"), Soon);
        await console.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "agent-console.png"), FullPage = true });

        // Complete waits for a wrap-up code: none is chosen for the agent.
        await Assertions.Expect(console.Locator("[data-testid=complete]")).ToBeDisabledAsync();
        await console.Locator("[data-testid=wrap-up-code]").ClickAsync();
        await console.GetByRole(AriaRole.Option, new() { Name = "resolved", Exact = true }).ClickAsync();
        await console.ClickAsync("[data-testid=complete]");
        await Assertions.Expect(presence).ToHaveTextAsync("Ready", Soon);
        await Assertions.Expect(console.Locator("[data-testid=handled]")).ToHaveTextAsync("1", Soon);
        await Assertions.Expect(agents).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1 · 0 · 0 · 0"), Soon);
        Assert.Equal(InteractionStatus.Completed, (await dashboard.Grains.GetGrain<IInteractionGrain>(call).GetSnapshot()).Status);
    }
}
