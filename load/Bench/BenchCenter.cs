using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>The center a bench run routes in: its queues, its agents (kept alive here: Orleans holds observers weakly).</summary>
internal sealed record BenchFloor(IReadOnlyList<string> Queues, IReadOnlyList<BenchAgent> Agents, int AgentsFailed, int Waiting, int WaitingFailed);

/// <summary>
/// Queues with one skill each; agent i holds the skills of queues i, i+1, ... (QueuesPerAgent of them,
/// round-robin) at proficiency 1 + i % 10. Waiting work asks for a skill nobody has, through one entry rule
/// per queue, so it sits in the queues for the whole run and is never served.
/// </summary>
internal static class BenchCenter
{
    public const string NobodysSkill = "bench-nobody";
    public const string WaitingAttribute = "bench-waiting";
    private const int SetUpParallelism = 64;

    public static string QueueId(int i) => $"bench-q{i}";
    public static string Skill(int i) => $"bench-s{i}";

    /// <summary>The queue indices agent <paramref name="agent"/> serves.</summary>
    public static IEnumerable<int> QueuesOf(int agent, int queues, int queuesPerAgent) =>
        Enumerable.Range(0, Math.Min(queuesPerAgent, queues)).Select(k => (agent + k) % queues);

    public static async Task<BenchFloor> SetUpAsync(IGrainFactory grains, BenchOptions options, BenchTracker tracker, CancellationToken ct)
    {
        var queues = Enumerable.Range(0, options.Queues).Select(QueueId).ToArray();
        for (var i = 0; i < queues.Length; i++)
            await grains.GetGrain<IQueueGrain>(queues[i]).Configure(new QueueConfig(queues[i], queues[i], [new SkillRequirement(Skill(i), 1)],
                new ServiceLevelTarget(80, 20), 3600, OverflowTarget.None, [], PriorityWeights.Default));
        var handle = TimeSpan.FromMilliseconds(options.HandleMs);
        var agents = new BenchAgent?[options.EffectiveAgents];
        await Parallel.ForEachAsync(Enumerable.Range(0, agents.Length), Parallelism(ct), async (i, _) =>
        {
            try { agents[i] = await StartAgent(grains, options, tracker, handle, i); }
            catch (Exception ex) { tracker.Failed("set-up agent", ex); }
        });
        var (waiting, waitingFailed) = await AddWaitingAsync(grains, queues, options.Waiting, tracker, ct);
        var started = agents.OfType<BenchAgent>().ToArray();
        return new BenchFloor(queues, started, agents.Length - started.Length, waiting, waitingFailed);
    }

    private static async Task<BenchAgent> StartAgent(IGrainFactory grains, BenchOptions options, BenchTracker tracker, TimeSpan handle, int i)
    {
        var id = $"bench-a{i:00000}";
        var agent = grains.GetGrain<IAgentGrain>(id);
        var skills = QueuesOf(i, options.Queues, options.EffectiveQueuesPerAgent).Select(q => new SkillLevel(Skill(q), 1 + i % 10)).ToArray();
        await agent.Configure(new AgentProfile(id, id, "bench", skills, ChannelCapacity.Default));
        var observer = new BenchAgent(id, grains, handle, tracker);
        await observer.SubscribeAsync();
        await agent.Login();
        await agent.SetReady();
        return observer;
    }

    /// <summary>Creates the never-served interactions, spread over the queues; returns how many are waiting and how many failed.</summary>
    private static async Task<(int Waiting, int Failed)> AddWaitingAsync(IGrainFactory grains, string[] queues, int count, BenchTracker tracker, CancellationToken ct)
    {
        if (count == 0) return (0, 0);
        await grains.GetGrain<IRoutingDirectoryGrain>("center").SetEntryRules(queues.Select(q => new EntryRule(
            $"bench waiting in {q}", new Dictionary<string, string> { [WaitingAttribute] = q }, null, q, [new SkillRequirement(NobodysSkill, 1)])).ToArray());
        var waiting = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), Parallelism(ct), async (i, _) =>
        {
            try
            {
                var created = await grains.GetGrain<IInteractionGrain>($"bench-waiting-{i}").Create(new NewInteraction(
                    Channel.Voice, null, null, new Dictionary<string, string> { [WaitingAttribute] = queues[i % queues.Length] }));
                if (created.Status == InteractionStatus.Queued) Interlocked.Increment(ref waiting);
            }
            catch (Exception ex) { tracker.Failed("set-up waiting", ex); }
        });
        return (waiting, count - waiting);
    }

    private static ParallelOptions Parallelism(CancellationToken ct) => new() { MaxDegreeOfParallelism = SetUpParallelism, CancellationToken = ct };
}
