using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DecisionPageTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_decision_page_names_the_agent_queue_and_customer_with_links_and_explains_every_score_term()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var (queueId, agentId, customerId, skill) = ($"e2e-dec-{run}", $"dec-{run}", $"cust-dec-{run}", $"skill-dec-{run}");
        await dashboard.Grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, "Billing disputes",
            [new SkillRequirement(skill, 3)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        var agent = dashboard.Grains.GetGrain<IAgentGrain>(agentId);
        await agent.Configure(new AgentProfile(agentId, "Priya Shah", "Atlas", [new SkillLevel(skill, 8)], ChannelCapacity.Default));
        await agent.Login();
        await agent.SetReady();
        await dashboard.Grains.GetGrain<ICustomerGrain>(customerId).Upsert(new CustomerProfile(customerId, "Dana Whitfield", 8_200, DateTimeOffset.UtcNow.AddYears(-3), 0.72));
        var call = await WallboardDemo.Call(dashboard.Grains, queueId, customerId, basePriority: 1);
        Assert.Equal(agentId, call.AgentId);

        var page = await dashboard.SignedInPage("supervisor", $"/interactions/{call.InteractionId}");
        var decision = page.Locator("[data-testid=decision]").First;
        var agentLink = decision.Locator("h2 [data-testid=agent-link]");
        await Assertions.Expect(agentLink).ToHaveTextAsync("Priya Shah", Soon);
        await Assertions.Expect(agentLink).ToHaveAttributeAsync("href", $"/agents?agent={agentId}");
        var queueLink = decision.Locator("h2 [data-testid=queue-link]");
        await Assertions.Expect(queueLink).ToHaveTextAsync("Billing disputes");
        await Assertions.Expect(queueLink).ToHaveAttributeAsync("href", $"/queues/{queueId}");
        await Assertions.Expect(page.Locator("[data-testid=summary] [data-testid=customer]")).ToHaveTextAsync($"Dana Whitfield ({customerId})");
        await Assertions.Expect(page.Locator("[data-testid=customer-link]")).ToHaveCountAsync(0);
        await Assertions.Expect(decision.Locator("[data-testid=candidates] [data-testid=agent-link]").First).ToHaveTextAsync("Priya Shah");

        var terms = decision.Locator("[data-testid=score-term]");
        await Assertions.Expect(terms).ToHaveCountAsync(5);
        string[] names = ["Base priority", "Tier", "Churn × value", "Aging", "SLA margin"];
        for (var i = 0; i < names.Length; i++) await Assertions.Expect(terms.Nth(i).Locator("th")).ToHaveTextAsync(names[i]);
        await Assertions.Expect(terms.Nth(1)).ToContainTextAsync("Gold");
        await Assertions.Expect(terms.Nth(2)).ToContainTextAsync("0.72 × 8.2");
        await Assertions.Expect(terms.Nth(4)).ToContainTextAsync("(20 s)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "decision.png"), FullPage = true });

        var admin = await dashboard.SignedInPage("admin", $"/interactions/{call.InteractionId}");
        var customerLink = admin.Locator("[data-testid=customer-link]");
        await Assertions.Expect(customerLink).ToHaveTextAsync("Dana Whitfield", Soon);
        await Assertions.Expect(customerLink).ToHaveAttributeAsync("href", $"/analyst/customers/{customerId}");
    }
}
