using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>A customer on the public chat page and an agent on the console, both in real Chromium, talking over SignalR.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChatTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonContains = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_customer_chats_with_an_agent_both_ways_and_the_transcript_lands_on_the_customer_history()
    {
        // A queue, skill and topic of this test's own, so no other agent can take the chat.
        var queueId = $"e2e-chat-{Guid.NewGuid():N}"[..20];
        var skill = $"skill-{queueId}";
        var topic = $"topic{Guid.NewGuid():N}"[..14];
        await dashboard.Grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, "E2E Chat",
            [new SkillRequirement(skill, 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        var directory = dashboard.Grains.GetGrain<IRoutingDirectoryGrain>("center");
        await directory.SetEntryRules([new EntryRule("e2e chat", new Dictionary<string, string> { ["topic"] = topic }, Channel.Chat, queueId, []),
            .. await directory.GetEntryRules()]);
        const string agentId = "agent-062";
        const string agentName = "Lena Haddad";
        // Other browser tests share this demo agent: start it logged out with no work.
        var agent = dashboard.Grains.GetGrain<IAgentGrain>(agentId);
        foreach (var work in (await agent.GetSnapshot()).Work.Where(w => !w.IsConsult))
            if (work.Status == WorkStatus.Offered) await agent.Decline(work.InteractionId);
            else await agent.Complete(work.InteractionId, "resolved", null);
        if ((await agent.GetSnapshot()).Presence != AgentPresence.LoggedOut) await agent.Logout();
        await agent.Configure(new AgentProfile(agentId, agentName, "Delta", [new SkillLevel(skill, 8)], ChannelCapacity.Default));
        // A public article about this test's topic, so the console suggests it for the chat.
        var articleId = $"kb-{queueId}";
        var article = dashboard.Grains.GetGrain<IKnowledgeArticleGrain>(articleId);
        await article.Create(new ArticleDraft($"Router keeps dropping {topic}", $"Restart the router, then check the **{topic}** settings.", [], [topic], ArticleVisibility.Public));
        await article.Approve();
        await article.Publish();
        var customerId = $"cust-{queueId}";
        await dashboard.Grains.GetGrain<ICustomerGrain>(customerId).Upsert(new CustomerProfile(customerId, "Rosa Quint", 3_000, DateTimeOffset.UtcNow.AddYears(-3), 0.2));

        var customer = await (await dashboard.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await customer.GotoAsync($"{dashboard.BaseUrl}/chat");
        await customer.ClickAsync("[data-testid=chat-begin]");
        await Assertions.Expect(customer.Locator("#chat-name-error")).ToHaveTextAsync("Please give your name.");
        await customer.FillAsync("[data-testid=chat-name]", "Rosa");
        await customer.FillAsync("[data-testid=chat-ref]", customerId);
        await customer.SelectOptionAsync("[data-testid=chat-topic]", topic);
        await customer.FillAsync("[data-testid=chat-first]", "My router keeps dropping");
        await customer.ClickAsync("[data-testid=chat-begin]");
        await Assertions.Expect(customer.Locator("[data-testid=chat-live]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        // Nobody serves the queue yet: the customer sees their place, from the router's live state.
        await Assertions.Expect(customer.Locator("[data-testid=chat-status]")).ToHaveTextAsync("You are number 1 in the queue.", Soon);

        var console = await dashboard.SignedInPage(agentId, "/agent");
        await console.Locator("[data-testid=console-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var presence = console.Locator("[data-testid=presence]");
        // The presence shows once the console has its agent; only then does "LoggedOut" mean the login button is there.
        await presence.WaitForAsync(new() { Timeout = 20_000 });
        if (await presence.InnerTextAsync() == "LoggedOut") await console.ClickAsync("[data-testid=login]");
        await Assertions.Expect(presence).Not.ToHaveTextAsync("LoggedOut", Soon);
        // Ready pulls the waiting chat at once.
        await console.Locator("[data-testid=ready]").ClickAsync();
        await Assertions.Expect(presence).ToHaveTextAsync("Reserved", Soon);
        await console.ClickAsync("[data-testid=accept]");
        var panel = console.Locator("[data-testid=chat-panel]");
        await Assertions.Expect(panel.Locator("[data-testid=transcript]")).ToContainTextAsync("My router keeps dropping", SoonContains);
        await Assertions.Expect(customer.Locator("[data-testid=chat-status]")).ToHaveTextAsync($"You are chatting with {agentName}.", Soon);

        await panel.Locator("[data-testid=chat-text]").FillAsync("Let me reset it from here.");
        await panel.Locator("[data-testid=chat-text]").PressAsync("Enter");
        await Assertions.Expect(customer.Locator("[data-testid=chat-line][data-from=Agent]")).ToContainTextAsync("Let me reset it from here.", SoonContains);

        await customer.FillAsync("[data-testid=chat-text]", "It works now, thanks!");
        await customer.PressAsync("[data-testid=chat-text]", "Enter");
        await Assertions.Expect(panel.Locator("[data-testid=chat-line][data-from=Customer]").Last).ToContainTextAsync("It works now, thanks!", SoonContains);

        // The agent sends the suggested article into the chat: the customer gets its title and public link, counted as one use.
        var firstId = await customer.EvaluateAsync<string>("JSON.parse(sessionStorage.getItem('cc.chat')).id");
        var suggestion = console.Locator($"[data-testid=suggested-articles][data-interaction='{firstId}'] [data-article='{articleId}']");
        await suggestion.Locator("[data-testid=suggested-send]").ClickAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(customer.Locator("[data-testid=chat-line][data-from=Agent]").Last)
            .ToContainTextAsync($"/help/articles/{articleId}", SoonContains);
        Assert.Equal(1, (await article.Get()).Uses);

        // A reload resumes the same conversation from sessionStorage.
        await customer.ReloadAsync();
        await Assertions.Expect(customer.Locator("[data-testid=chat-line][data-from=Agent]").First).ToContainTextAsync("Let me reset it from here.", SoonContains);
        await customer.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "chat-customer.png"), FullPage = true });
        await console.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "chat-agent.png"), FullPage = true });

        // A second chat sits beside the first (default capacity: three chats); the second customer leaves, which ends it.
        var second = await (await dashboard.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await second.GotoAsync($"{dashboard.BaseUrl}/chat");
        await second.FillAsync("[data-testid=chat-name]", "Sam");
        await second.SelectOptionAsync("[data-testid=chat-topic]", topic);
        await second.FillAsync("[data-testid=chat-first]", "Is there an outage?");
        await second.PressAsync("[data-testid=chat-first]", "Tab");
        await second.Keyboard.PressAsync("Enter");
        await Assertions.Expect(second.Locator("[data-testid=chat-live]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var secondId = await second.EvaluateAsync<string>("JSON.parse(sessionStorage.getItem('cc.chat')).id");
        await console.ClickAsync("[data-testid=accept]");
        await Assertions.Expect(console.Locator("[data-testid=chat-panel]")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await console.SetViewportSizeAsync(1440, 900);
        await console.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "chat-agent-two-1440.png"), FullPage = true });
        await console.SetViewportSizeAsync(390, 844);
        await console.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "chat-agent-two-390.png"), FullPage = true });
        await console.SetViewportSizeAsync(1400, 900);
        await second.ClickAsync("[data-testid=chat-leave]");
        await Assertions.Expect(second.Locator("[data-testid=chat-status]")).ToHaveTextAsync("This chat has ended. Thank you!", Soon);
        var secondCard = console.Locator($"[data-interaction='{secondId}']").First;
        await Assertions.Expect(secondCard.Locator("[data-testid=chat-ended]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await secondCard.Locator("[data-testid=wrap-up-code]").ClickAsync();
        await console.GetByRole(AriaRole.Option, new() { Name = "resolved", Exact = true }).ClickAsync();
        await secondCard.Locator("[data-testid=complete]").ClickAsync();
        await Assertions.Expect(console.Locator("[data-testid=chat-panel]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await console.Locator("[data-testid=wrap-up-code]").ClickAsync();
        await console.GetByRole(AriaRole.Option, new() { Name = "resolved", Exact = true }).ClickAsync();
        await console.ClickAsync("[data-testid=complete]");
        await Assertions.Expect(presence).ToHaveTextAsync("Ready", Soon);
        await Assertions.Expect(customer.Locator("[data-testid=chat-status]")).ToHaveTextAsync("This chat has ended. Thank you!", Soon);

        var analyst = await dashboard.SignedInPage("analyst", $"/analyst/customers/{customerId}");
        var link = analyst.Locator("[data-testid=contact-transcript]");
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await link.ClickAsync();
        await Assertions.Expect(analyst.Locator("[data-testid=transcript]")).ToContainTextAsync("It works now, thanks!", SoonContains);
        await Assertions.Expect(analyst.Locator("[data-testid=transcript]")).ToContainTextAsync("Let me reset it from here.", SoonContains);
        await dashboard.Grains.GetGrain<IAgentGrain>(agentId).Logout();
    }
}
