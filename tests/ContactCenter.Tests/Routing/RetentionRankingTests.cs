using ContactCenter.Grains.Routing;

namespace ContactCenter.Tests.Routing;

public sealed class RetentionRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Requirements Billing = new([new SkillRequirement("billing", 5)], []);
    private static readonly RetentionPreference Prefer = new("retention", MinProficiency: 6);

    private static AgentAvailability Agent(string id, int billing, int retention, double idleSeconds) =>
        new(id, 1, [new SkillLevel("billing", billing), new SkillLevel("retention", retention)], Now.AddSeconds(-idleSeconds), [Channel.Voice]);

    [Fact]
    public void Retention_agents_come_first_then_the_usual_order_among_each_group()
    {
        AgentAvailability[] agents = [Agent("expert", 10, 0, 100), Agent("r-low", 5, 6, 1), Agent("r-high", 8, 9, 0), Agent("r-idle", 5, 7, 50), Agent("weak-r", 4, 9, 0)];
        var ranked = AgentRanking.Rank(agents, Channel.Voice, Billing, Now, Prefer);
        Assert.Equal(["r-high", "r-idle", "r-low", "expert", "weak-r"], ranked.Select(c => c.AgentId));
        Assert.False(ranked[^1].Eligible);
        Assert.Equal(ranked, AgentRanking.Rank(agents.Reverse(), Channel.Voice, Billing, Now, Prefer));

        var usual = AgentRanking.Rank(agents, Channel.Voice, Billing, Now);
        Assert.Equal(["expert", "r-high", "r-idle", "r-low", "weak-r"], usual.Select(c => c.AgentId));
    }
}
