using ContactCenter.Cluster.Tests.Infrastructure;

namespace ContactCenter.Cluster.Tests;

/// <summary>
/// Durable state on a real Redis: configuration, an agent's profile, a customer's history and a finished
/// interaction survive Redis being killed and restarted and the silo being killed and replaced. While Redis
/// is down, writes fail loudly; when it is back, writes work again without restarting anything, and a call
/// completed during the outage is stored by its audit.
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class RedisRestartTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    private void Phase(string name) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {name}");

    [Fact]
    public async Task Durable_state_survives_a_Redis_restart_and_a_silo_kill()
    {
        await using var cluster = await RedisCluster.StartAsync(silos: 1);
        var grains = cluster.Client;
        var skill = $"billing-{Guid.NewGuid():N}"[..16];
        var (queueId, agentId, customerId, callId) = ($"q-{Guid.NewGuid():N}"[..12], $"a-{Guid.NewGuid():N}"[..12], $"c-{Guid.NewGuid():N}"[..12], $"i-{Guid.NewGuid():N}"[..12]);
        var queueConfig = new QueueConfig(queueId, "Billing", [new SkillRequirement(skill, 2)], new ServiceLevelTarget(80, 20), 600, OverflowTarget.None, [], PriorityWeights.Default);
        await grains.GetGrain<IQueueGrain>(queueId).Configure(queueConfig);
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        await agent.Configure(new AgentProfile(agentId, "Ana Ruiz", "Atlas", [new SkillLevel(skill, 3)], ChannelCapacity.Default));
        await agent.Login();
        await agent.SetReady();
        await grains.GetGrain<ICustomerGrain>(customerId).Upsert(new CustomerProfile(customerId, "Dana Okafor", 12_000, DateTimeOffset.UtcNow.AddYears(-3)));
        await grains.GetGrain<IInteractionGrain>(callId).Create(new NewInteraction(Channel.Voice, customerId, "+15550123", new Dictionary<string, string>(), 10, queueId));
        var console = new ConsoleDriver(grains, [agentId]);
        await Poll.Until(async () =>
        {
            await console.StepAsync();
            return console.Completed.Contains(callId);
        }, TimeSpan.FromSeconds(30), "the call to be answered and completed");

        Phase("cluster up, call completed");
        // A second call is talking when Redis goes down; the agent completes it during the outage.
        var talking = $"i-{Guid.NewGuid():N}"[..12];
        await grains.GetGrain<IInteractionGrain>(talking).Create(new NewInteraction(Channel.Voice, customerId, "+15550124", new Dictionary<string, string>(), 10, queueId));
        await Poll.Until(async () => (await agent.GetSnapshot()).Work.Any(w => w.InteractionId == talking), TimeSpan.FromSeconds(30), "the second call to be offered");
        await agent.Accept(talking);

        await cluster.Redis.KillAsync();
        var renamed = new AgentProfile(agentId, "Ana Ruiz-Chen", "Atlas", [new SkillLevel(skill, 5)], ChannelCapacity.Default);
        await Assert.ThrowsAnyAsync<Exception>(() => agent.Configure(renamed));
        // The completion is a decision the interaction records at once; storing it waits for Redis (the interaction's
        // settle turn, then its audit), so the agent is not kept on a call that has ended.
        await agent.Complete(talking, "follow-up", "completed while Redis was down");
        Assert.Equal(InteractionStatus.Completed, (await grains.GetGrain<IInteractionGrain>(talking).GetSnapshot()).Status);

        Phase("profile write refused, completion accepted while Redis is down");
        await cluster.Redis.StartAgainAsync();
        await Poll.Until(async () =>
        {
            await agent.Configure(renamed);
            return true;
        }, TimeSpan.FromSeconds(60), "writes to work again once Redis is back");

        await Poll.Until(async () => (await grains.GetGrain<ICustomerGrain>(customerId).GetSnapshot()).RecentContacts.Any(c => c.InteractionId == talking),
            TimeSpan.FromSeconds(60), "the completion made during the outage to be stored by the interaction's audit");
        Phase("writes work again");
        await cluster.Silos[0].KillAsync();
        var replacement = cluster.StartSilo();
        await cluster.WaitUntilServing(replacement);

        Phase("replacement silo serving");
        await Poll.Until(async () => (await grains.GetGrain<IQueueGrain>(queueId).GetConfig()) is not null, TimeSpan.FromSeconds(60), "the queue to answer from the new silo");
        var config = await grains.GetGrain<IQueueGrain>(queueId).GetConfig();
        Assert.Equal("Billing", config.Name);
        Assert.Equal(skill, Assert.Single(config.RequiredSkills).Skill);
        var profile = (await agent.GetSnapshot()).Profile;
        Assert.Equal("Ana Ruiz-Chen", profile.Name);
        Assert.Equal(5, Assert.Single(profile.Skills).Proficiency);
        var customer = await grains.GetGrain<ICustomerGrain>(customerId).GetSnapshot();
        Assert.Equal("Dana Okafor", customer.Profile.Name);
        Assert.Equal(2, customer.RecentContacts.Count);
        var contact = Assert.Single(customer.RecentContacts, c => c.InteractionId == callId);
        Assert.Equal((InteractionStatus.Completed, agentId), (contact.Outcome, contact.AgentId));
        var duringOutage = await grains.GetGrain<IInteractionGrain>(talking).GetSnapshot();
        Assert.Equal((InteractionStatus.Completed, "follow-up"), (duringOutage.Status, duringOutage.WrapUpCode));
        var call = await grains.GetGrain<IInteractionGrain>(callId).GetSnapshot();
        Assert.Equal(InteractionStatus.Completed, call.Status);
        Assert.Equal("resolved", call.WrapUpCode);
        Assert.False(cluster.Silos[0].Running);
    }
}
