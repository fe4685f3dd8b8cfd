using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>Queues with one skill each, and agents holding every skill at mixed proficiency.</summary>
internal static class BenchCenter
{
    /// <summary>Returns the queue ids and the agent observers, which the caller must keep alive (Orleans holds them weakly).</summary>
    public static async Task<(IReadOnlyList<string> Queues, IReadOnlyList<BenchAgent> Agents)> SetUpAsync(
        IGrainFactory grains, BenchOptions options, BenchTracker tracker)
    {
        var queues = Enumerable.Range(0, options.Queues).Select(i => $"bench-q{i}").ToArray();
        foreach (var (queue, i) in queues.Select((q, i) => (q, i)))
            await grains.GetGrain<IQueueGrain>(queue).Configure(new QueueConfig(queue, queue, [new SkillRequirement($"bench-s{i}", 1)],
                new ServiceLevelTarget(80, 20), 3600, OverflowTarget.None, [], PriorityWeights.Default));
        var skills = queues.Select((_, i) => $"bench-s{i}").ToArray();
        var handle = TimeSpan.FromMilliseconds(options.HandleMs);
        var agents = await Task.WhenAll(Enumerable.Range(0, options.Agents).Select(async i =>
        {
            var id = $"bench-a{i:0000}";
            var agent = grains.GetGrain<IAgentGrain>(id);
            await agent.Configure(new AgentProfile(id, id, "bench", skills.Select(s => new SkillLevel(s, 1 + i % 10)).ToArray(), ChannelCapacity.Default));
            var observer = new BenchAgent(id, grains, handle, tracker);
            await observer.SubscribeAsync();
            await agent.Login();
            await agent.SetReady();
            return observer;
        }));
        return (queues, agents);
    }
}
