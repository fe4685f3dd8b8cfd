using ContactCenter.Cluster.Tests.Infrastructure;

namespace ContactCenter.Cluster.Tests;

/// <summary>
/// Three real silo processes on a real Redis. In the middle of a burst, the silo hosting the queue is
/// killed with SIGKILL. Afterwards every interaction must end in exactly one terminal state, with its
/// original arrival time and priority, and every agent must be routable again.
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class SiloKillTests
{
    private const int Calls = 120;
    private const int KillAfter = 50;

    [Fact]
    public async Task Killing_the_queues_silo_mid_burst_loses_no_interaction()
    {
        await using var cluster = await RedisCluster.StartAsync(silos: 3);
        var grains = cluster.Client;
        var skill = $"support-{Guid.NewGuid():N}"[..16];
        var queueId = $"q-{Guid.NewGuid():N}"[..12];
        await grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, queueId, [new SkillRequirement(skill, 1)],
            new ServiceLevelTarget(80, 20), 3600, OverflowTarget.None, [], PriorityWeights.Default));
        var agents = Enumerable.Range(0, 8).Select(i => $"a{i}-{Guid.NewGuid():N}"[..12]).ToList();
        var driver = new ConsoleDriver(grains, agents);
        foreach (var id in agents)
        {
            var agent = grains.GetGrain<IAgentGrain>(id);
            await agent.Configure(new AgentProfile(id, id, "team", [new SkillLevel(skill, 3)], ChannelCapacity.Default));
            await agent.Login();
            await agent.SetReady();
        }
        await driver.StepAsync();

        var created = new Dictionary<string, InteractionSnapshot>();
        for (var i = 0; i < KillAfter; i++) await Create(i);
        var waitingAtKill = (await grains.GetGrain<IQueueGrain>(queueId).GetSnapshot()).Waiting.Count;
        var victim = await cluster.HostOf(grains.GetGrain<IQueueGrain>(queueId)) ?? cluster.Silos[0];
        await victim.KillAsync();

        // The burst goes on while the cluster notices; creation retries as a telephony adapter would.
        for (var i = KillAfter; i < Calls; i++)
        {
            await Create(i);
            if (i % 10 == 0) await driver.StepAsync();
        }
        foreach (var id in created.Keys.Where((_, i) => i % 10 == 3)) await Abandon(id);

        await Poll.Until(async () =>
        {
            await driver.StepAsync();
            foreach (var id in created.Keys.ToList())
                if (!created[id].Status.IsTerminal()) created[id] = await grains.GetGrain<IInteractionGrain>(id).GetSnapshot();
            return created.Values.All(s => s.Status.IsTerminal());
        }, TimeSpan.FromSeconds(120), "every interaction to reach a terminal state",
            () => string.Join(", ", created.Values.Where(s => !s.Status.IsTerminal()).Take(10).Select(s => $"{s.InteractionId}:{s.Status}@{s.AgentId}")) + "\n" + cluster.Describe());

        Assert.True(waitingAtKill > 0, "the queue should have had callers waiting when its silo died");
        Assert.False(victim.Running);
        Assert.All(created.Values, s => Assert.Single(s.Timeline, e => e.Status.IsTerminal()));
        Assert.Equal(driver.Completed.Count, driver.Completed.Distinct().Count());
        Assert.Equal(created.Values.Count(s => s.Status == InteractionStatus.Completed), driver.Completed.Count);
        Assert.Equal(Calls, created.Values.Count(s => s.Status is InteractionStatus.Completed or InteractionStatus.Abandoned));
        foreach (var (id, first) in original)
        {
            var entry = created[id].Entry!;
            Assert.Equal(first.ArrivedAt, entry.ArrivedAt);
            Assert.Equal(first.BasePriority, entry.BasePriority);
        }
        await Poll.Until(async () =>
        {
            await driver.StepAsync();
            var presences = await Task.WhenAll(agents.Select(async a => (await grains.GetGrain<IAgentGrain>(a).GetSnapshot()).Presence));
            return presences.All(p => p == AgentPresence.Ready);
        }, TimeSpan.FromSeconds(30), "every agent Ready again");
        Assert.Empty((await grains.GetGrain<IQueueGrain>(queueId).GetSnapshot()).Waiting);

        async Task Create(int i)
        {
            var id = $"call-{i:000}-{Guid.NewGuid():N}"[..20];
            var request = new NewInteraction(Channel.Voice, null, "+15550100", new Dictionary<string, string>(), i % 50, queueId);
            created[id] = await Retry(async () =>
            {
                try { return await grains.GetGrain<IInteractionGrain>(id).Create(request); }
                catch (ContactCenterException ex) when (ex.Kind == ErrorKind.Conflict) { return await grains.GetGrain<IInteractionGrain>(id).GetSnapshot(); }
            });
            original[id] = created[id].Entry!;
        }

        async Task Abandon(string id)
        {
            await Retry(async () =>
            {
                try { return await grains.GetGrain<IInteractionGrain>(id).Abandon(); }
                catch (ContactCenterException ex) when (ex.Kind == ErrorKind.Conflict) { return created[id]; }
            });
        }
    }

    private readonly Dictionary<string, QueueEntry> original = new();

    /// <summary>Retries a call that failed because the cluster was still noticing the dead silo (bounded).</summary>
    private static async Task<T> Retry<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await call(); }
            catch (Exception) when (attempt < 60) { await Task.Delay(TimeSpan.FromMilliseconds(500)); }
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealClusterCollection
{
    public const string Name = "real cluster";
}
