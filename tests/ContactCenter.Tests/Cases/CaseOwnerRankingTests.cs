using ContactCenter.Grains.Cases;

namespace ContactCenter.Tests.Cases;

/// <summary>Who gets a case on reassignment; pure.</summary>
public sealed class CaseOwnerRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly SkillRequirement[] Billing = [new("billing", 2)];

    private static AgentAvailability Agent(string id, int level, bool ready, int idleMinutes = 0, string skill = "billing") =>
        new(id, 1, [new SkillLevel(skill, level)], ready ? Now.AddMinutes(-idleMinutes) : null, ready ? [Channel.Voice] : []);

    [Fact]
    public void A_ready_agent_with_the_skill_comes_before_a_better_one_who_is_not_ready()
    {
        var best = CaseOwnerRanking.Best([Agent("a", 5, false), Agent("b", 2, true), Agent("c", 5, true, skill: "sales")], Billing, Now, new HashSet<string>());
        Assert.Equal("b", best);
    }

    [Fact]
    public void Among_ready_agents_proficiency_then_longest_idle_wins_and_the_excluded_never_do()
    {
        AgentAvailability[] agents = [Agent("a", 3, true, 5), Agent("b", 4, true, 1), Agent("c", 4, true, 9)];
        Assert.Equal("c", CaseOwnerRanking.Best(agents, Billing, Now, new HashSet<string>()));
        Assert.Equal("b", CaseOwnerRanking.Best(agents, Billing, Now, new HashSet<string> { "c" }));
        Assert.Null(CaseOwnerRanking.Best([Agent("a", 1, true)], Billing, Now, new HashSet<string>()));
    }
}
