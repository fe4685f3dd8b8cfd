using ContactCenter.Grains.Routing;

namespace ContactCenter.Tests.Routing;

public sealed class AgentRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Requirements Billing = new([new SkillRequirement("billing", 5)], []);

    private static AgentAvailability Agent(string id, int level, double idleSeconds, params Channel[] open) =>
        new(id, 1, [new SkillLevel("billing", level)], Now.AddSeconds(-idleSeconds), open.Length == 0 ? [Channel.Voice] : open);

    [Fact]
    public void Highest_proficiency_wins_then_longest_idle_then_id()
    {
        var ranked = AgentRanking.Rank([Agent("b", 7, 10), Agent("a", 7, 10), Agent("c", 9, 1), Agent("d", 7, 50)], Channel.Voice, Billing, Now);
        Assert.Equal(["c", "d", "a", "b"], ranked.Select(c => c.AgentId));
        Assert.All(ranked, c => Assert.True(c.Eligible));
    }

    [Fact]
    public void Agents_below_the_minimum_or_without_room_are_listed_as_ineligible_with_the_reason()
    {
        var ranked = AgentRanking.Rank([Agent("low", 4, 100), Agent("full", 9, 100, Channel.Chat), Agent("ok", 5, 0)], Channel.Voice, Billing, Now);
        Assert.Equal("ok", ranked[0].AgentId);
        Assert.Contains(ranked, c => c.AgentId == "low" && !c.Eligible && c.Note.Contains("skills"));
        Assert.Contains(ranked, c => c.AgentId == "full" && !c.Eligible && c.Note.Contains("room"));
    }

    [Fact]
    public void Ranking_is_deterministic_for_the_same_inputs()
    {
        AgentAvailability[] agents = [Agent("x", 6, 3), Agent("y", 6, 3), Agent("z", 8, 0)];
        var first = AgentRanking.Rank(agents, Channel.Voice, Billing, Now);
        var second = AgentRanking.Rank(agents.Reverse(), Channel.Voice, Billing, Now);
        Assert.Equal(first, second);
    }
}
