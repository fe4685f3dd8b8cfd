using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Tests.Routing.Index;

/// <summary>The index behaviours the router relies on, one by one (the random tests check them all together).</summary>
public sealed class IndexBehaviourTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static readonly QueueConfig Config = new("q", "Q", [new SkillRequirement("billing", 6)], new ServiceLevelTarget(80, 20), 60,
        new OverflowTarget(OverflowKind.Callback), [new WideningStep(30, 2)], PriorityWeights.Default);

    private static QueueEntry Entry(string id, double waitedSeconds) =>
        new(id, "q", Channel.Voice, null, 1, ValueTier.Standard, 0, 0, [], Now.AddSeconds(-waitedSeconds), Now.AddSeconds(-waitedSeconds), false, 0);

    private static AgentAvailability Agent(string id, int billing, DateTimeOffset? idleSince) =>
        new(id, 1, [new SkillLevel("billing", billing)], idleSince, [Channel.Voice]);

    [Fact]
    public void Advance_lists_overdue_entries_oldest_first_and_keeps_them_until_the_router_removes_them()
    {
        var index = new WaitingIndex(Config);
        index.Add(Entry("young", 10));
        index.Add(Entry("old", 50));
        index.Add(Entry("older", 55));

        var later = Now.AddSeconds(10);
        Assert.Equal(["older", "old"], index.Advance(later).Select(e => e.InteractionId));
        Assert.Equal(["older", "old"], index.Advance(later).Select(e => e.InteractionId));
        Assert.Equal(3, index.Count);
        index.Remove("older");
        Assert.Equal(["old"], index.Advance(later).Select(e => e.InteractionId));
    }

    [Fact]
    public void A_less_skilled_agent_gets_the_entry_once_its_widening_step_is_due()
    {
        var index = new WaitingIndex(Config);
        index.Add(Entry("call", 0));
        var novice = Agent("novice", 4, Now);

        Assert.Null(index.BestFor(novice, Now.AddSeconds(29)));
        Assert.Equal(Now.AddSeconds(30), index.NextDue(Now.AddSeconds(29)));
        Assert.Equal("call", index.BestFor(novice, Now.AddSeconds(30))?.Entry.InteractionId);
    }

    [Fact]
    public void Agents_idle_since_now_or_later_tie_with_agents_not_idle_and_fall_back_to_id()
    {
        var index = new FreeAgentIndex();
        index.Set(Agent("c", 7, Now), ["q"]);
        index.Set(Agent("a", 7, null), ["q"]);
        index.Set(Agent("b", 7, Now.AddSeconds(5)), ["q"]);
        index.Set(Agent("d", 7, Now.AddSeconds(-1)), ["q"]);

        var ranked = index.Best(Channel.Voice, new Requirements([new SkillRequirement("billing", 5)], []), Now, null, top: 4);

        Assert.Equal(["d", "a", "b", "c"], ranked.Top.Select(c => c.AgentId));
        Assert.Equal(4, ranked.EligibleCount);
        Assert.Equal(4, index.FreeIn("q"));
    }
}
