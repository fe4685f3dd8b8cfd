using ContactCenter.Cluster.Tests.Infrastructure;

namespace ContactCenter.Cluster.Tests;

/// <summary>
/// Three real silo processes on a real Redis. In the middle of a burst, the silo hosting the router (every
/// queue's live routing state) is killed with SIGKILL; in a second burst, a silo hosting agents (and not the router) is. Afterwards every
/// interaction must end in exactly one terminal state, with its original arrival time and priority, and
/// every agent must be routable again.
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class SiloKillTests
{
    private const int Burst = 60;
    private readonly Dictionary<string, InteractionSnapshot> _calls = new();
    private readonly Dictionary<string, QueueEntry> _original = new();

    [Fact]
    public async Task Killing_a_silo_mid_burst_loses_no_interaction()
    {
        await using var cluster = await RedisCluster.StartAsync(silos: 3);
        var grains = cluster.Client;
        var skill = $"support-{Guid.NewGuid():N}"[..16];
        var queueId = $"q-{Guid.NewGuid():N}"[..12];
        var queue = grains.GetGrain<IQueueGrain>(queueId);
        var router = grains.GetGrain<IRouterGrain>(RouterKey.Center);
        await queue.Configure(new QueueConfig(queueId, queueId, [new SkillRequirement(skill, 1)],
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

        // 1: the router's silo dies, taking the waiting list and its knowledge of the agents.
        var first = await RunBurst(cluster, driver, queueId, 0, async () => await cluster.HostOf(router) ?? cluster.Silos[0]);
        await AssertAllAccountedFor(cluster, driver, agents, queueId);
        Assert.True(first.WaitingAtKill > 0, "callers should have been waiting when the queue's silo died");

        // 2: a replacement joins; then a silo hosting agents but not the queue dies, taking their offers and calls.
        await cluster.WaitUntilServing(cluster.StartSilo());
        var second = await RunBurst(cluster, driver, queueId, Burst, async () =>
        {
            var queueHost = await cluster.HostOf(router);
            foreach (var silo in cluster.Silos.Where(s => s.Running && s != queueHost))
                foreach (var agentId in agents)
                    if (await cluster.HostOf(grains.GetGrain<IAgentGrain>(agentId)) == silo) return silo;
            return cluster.Silos.First(s => s.Running && s != queueHost);
        });
        await AssertAllAccountedFor(cluster, driver, agents, queueId);
        Assert.False(first.Victim.Running);
        Assert.False(second.Victim.Running);
        Assert.Equal(2 * Burst, _calls.Count);
    }

    private async Task<(SiloProcess Victim, int WaitingAtKill)> RunBurst(
        RedisCluster cluster, ConsoleDriver driver, string queueId, int offset, Func<Task<SiloProcess>> chooseVictim)
    {
        var grains = cluster.Client;
        for (var i = offset; i < offset + Burst / 2; i++) await Create(i);
        var waiting = (await grains.GetGrain<IQueueGrain>(queueId).GetSnapshot()).Waiting.Count;
        var victim = await chooseVictim();
        await victim.KillAsync();
        // The burst goes on while the cluster notices; creation retries as a telephony adapter would.
        for (var i = offset + Burst / 2; i < offset + Burst; i++)
        {
            await Create(i);
            if (i % 10 == 0) await driver.StepAsync();
        }
        foreach (var id in _calls.Keys.Skip(offset).Where((_, i) => i % 10 == 3)) await Abandon(id);
        return (victim, waiting);

        async Task Create(int i)
        {
            var id = $"call-{i:000}-{Guid.NewGuid():N}"[..20];
            var request = new NewInteraction(Channel.Voice, null, "+15550100", new Dictionary<string, string>(), i % 50, queueId);
            _calls[id] = await Retry(async () =>
            {
                try { return await grains.GetGrain<IInteractionGrain>(id).Create(request); }
                catch (ContactCenterException ex) when (ex.Kind == ErrorKind.Conflict) { return await grains.GetGrain<IInteractionGrain>(id).GetSnapshot(); }
            });
            _original[id] = _calls[id].Entry!;
        }

        async Task Abandon(string id) => await Retry(async () =>
        {
            try { return await grains.GetGrain<IInteractionGrain>(id).Abandon(); }
            catch (ContactCenterException ex) when (ex.Kind == ErrorKind.Conflict) { return _calls[id]; }
        });
    }

    private async Task AssertAllAccountedFor(RedisCluster cluster, ConsoleDriver driver, IReadOnlyList<string> agents, string queueId)
    {
        var grains = cluster.Client;
        await Poll.Until(async () =>
        {
            await driver.StepAsync();
            foreach (var id in _calls.Keys.ToList())
                if (!_calls[id].Status.IsTerminal()) _calls[id] = await grains.GetGrain<IInteractionGrain>(id).GetSnapshot();
            return _calls.Values.All(s => s.Status.IsTerminal());
        }, TimeSpan.FromSeconds(120), "every interaction to reach a terminal state",
            () => string.Join(", ", _calls.Values.Where(s => !s.Status.IsTerminal()).Take(10).Select(s => $"{s.InteractionId}:{s.Status}@{s.AgentId}")) + "\n" + cluster.Describe());

        Assert.All(_calls.Values, s => Assert.Single(s.Timeline, e => e.Status.IsTerminal()));
        Assert.All(_calls.Values, s => Assert.True(s.Status is InteractionStatus.Completed or InteractionStatus.Abandoned, $"{s.InteractionId} ended {s.Status}"));
        Assert.Equal(driver.Completed.Count, driver.Completed.Distinct().Count());
        Assert.Equal(_calls.Values.Count(s => s.Status == InteractionStatus.Completed), driver.Completed.Count);
        foreach (var (id, first) in _original)
        {
            var entry = _calls[id].Entry!;
            Assert.Equal((first.ArrivedAt, first.BasePriority), (entry.ArrivedAt, entry.BasePriority));
        }
        var presences = Array.Empty<AgentSnapshot>();
        await Poll.Until(async () =>
        {
            await driver.StepAsync();
            presences = await Task.WhenAll(agents.Select(a => grains.GetGrain<IAgentGrain>(a).GetSnapshot()));
            return presences.All(p => p.Presence == AgentPresence.Ready);
        }, TimeSpan.FromSeconds(60), "every agent Ready again",
            () => string.Join(", ", presences.Select(p => $"{p.Profile.AgentId}:{p.Presence}({p.NotReadyReason}) holds " +
                string.Join("+", p.Work.Select(w => $"{w.InteractionId}:{w.Status}/{(_calls.TryGetValue(w.InteractionId, out var c) ? c.Status + "@" + c.AgentId : "?")}")))) +
                "\n" + string.Join("\n", presences.SelectMany(p => p.Work).Where(w => _calls.ContainsKey(w.InteractionId))
                    .Select(w => $"{w.InteractionId}: {string.Join(" | ", _calls[w.InteractionId].Timeline.Select(e => $"{e.At:HH:mm:ss.fff} {e.Status} {e.Detail}"))}")));
        Assert.Empty((await grains.GetGrain<IQueueGrain>(queueId).GetSnapshot()).Waiting);
    }

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
