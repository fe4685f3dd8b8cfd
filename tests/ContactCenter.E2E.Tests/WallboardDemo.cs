using ContactCenter.Contracts;
using ContactCenter.Demo;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// The demo's eight queues with a little life in them, for the wallboard tests and screenshots: some agents
/// ready, two calls being handled, and callers waiting where nobody works (unstaffed). Once per test run.
/// </summary>
internal static class WallboardDemo
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _seeded;

    public static IReadOnlyList<string> QueueIds { get; } = DemoCenter.Queues.Select(q => q.QueueId).ToArray();

    private static readonly (string Id, string Name, (string Skill, int Level)[] Skills)[] Agents =
    [
        ("wall-01", "Ava Reyes", [("billing", 7), ("sales", 5)]),
        ("wall-02", "Ben Okafor", [("billing", 6)]),
        ("wall-03", "Chloe Martin", [("sales", 6)]),
        ("wall-04", "Dev Patel", [("general", 5), ("chat", 4)]),
        ("wall-05", "Eli Novak", [("premium", 8), ("general", 7)]),
        ("wall-06", "Fay Lind", [("retention", 7), ("billing", 8)]),
    ];

    public static async Task Seed(IGrainFactory grains)
    {
        await Once.WaitAsync();
        try
        {
            if (_seeded) return;
            foreach (var queue in DemoCenterSeeder.OverflowTargetsFirst(DemoCenter.Queues)) await grains.GetGrain<IQueueGrain>(queue.QueueId).Configure(queue);
            foreach (var (id, name, skills) in Agents)
            {
                var agent = grains.GetGrain<IAgentGrain>(id);
                await agent.Configure(new AgentProfile(id, name, "Wall", skills.Select(s => new SkillLevel(s.Skill, s.Level)).ToArray(), ChannelCapacity.Default));
                await agent.Login();
                await agent.SetReady();
            }
            await Handled(grains, "sales");
            await Handled(grains, "general");
            foreach (var queue in new[] { "tech-support", "tech-support", "tech-support", "email-care" }) await Call(grains, queue);
            _seeded = true;
        }
        finally { Once.Release(); }
    }

    public static async Task<InteractionSnapshot> Call(IGrainFactory grains, string queueId, string? customerId = null, int? basePriority = null) =>
        await grains.GetGrain<IInteractionGrain>(Guid.NewGuid().ToString("N")).Create(new NewInteraction(
            queueId == "email-care" ? Channel.Email : Channel.Voice, customerId, "+15550100", new Dictionary<string, string>(), basePriority, queueId));

    /// <summary>A call offered to a ready agent, who accepts it: the queue shows a busy agent.</summary>
    private static async Task Handled(IGrainFactory grains, string queueId)
    {
        var call = await Call(grains, queueId);
        if (call.AgentId is { } agent) await grains.GetGrain<IAgentGrain>(agent).Accept(call.InteractionId);
    }
}
