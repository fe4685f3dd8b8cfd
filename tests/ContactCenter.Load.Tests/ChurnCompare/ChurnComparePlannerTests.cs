using ContactCenter.Contracts;
using ContactCenter.Load.ChurnCompare;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;
using ContactCenter.Demo;

namespace ContactCenter.Load.Tests.ChurnCompare;

/// <summary>The two policies differ only in the churn term and the retention preference, and share one set of arrivals.</summary>
public sealed class ChurnComparePlannerTests
{
    private static readonly ChurnCompareOptions Options = new([ChurnPolicies.Blind, ChurnPolicies.Aware], 500, 1, 10, 64, 240, 120, 7,
        ChurnRiskModel.DefaultLearner, "max", 60, new FileInfo("unused.json"));

    private static IReadOnlyList<ComparedCustomer> Callers() => Enumerable.Range(1, 50).Select(i => new ComparedCustomer(
        new CustomerProfile($"c{i}", $"c{i}", 100 * i, RunClock.Origin.AddYears(-2)), [], i / 100.0, i > 45)).ToArray();

    [Fact]
    public void Blind_drops_the_churn_term_and_the_retention_preference_and_aware_keeps_the_demos()
    {
        var demo = DemoCenter.Queues.Single(q => q.QueueId == "retention");

        var blind = ChurnComparePlanner.Configure(demo, ChurnPolicies.Blind);
        var aware = ChurnComparePlanner.Configure(demo, ChurnPolicies.Aware);

        Assert.Equal((0.0, (RetentionPreference?)null), (blind.Weights.ChurnValue, blind.Retention));
        Assert.Equal((demo.Weights, demo.Retention), (aware.Weights, aware.Retention));
        Assert.Equal(demo.Weights with { ChurnValue = 0 }, blind.Weights);
        Assert.All(new[] { blind, aware }, q => Assert.Equal((OverflowKind.None, demo.Widening), (q.Overflow.Kind, q.Widening)));
    }

    [Fact]
    public void Both_policies_get_the_same_calls_and_agents_and_every_widening_step_is_woken()
    {
        var calls = ChurnComparePlanner.Arrivals(Options, Callers());

        var blind = ChurnComparePlanner.Plan(Options, calls, ChurnPolicies.Blind);
        var aware = ChurnComparePlanner.Plan(Options, calls, ChurnPolicies.Aware);

        Assert.InRange(calls.Count, 480, 720);
        Assert.Equal(calls, ChurnComparePlanner.Arrivals(Options, Callers()));
        Assert.Equal(blind.Calls, aware.Calls);
        Assert.Equal(blind.AgentsInDutyOrder, aware.AgentsInDutyOrder);
        Assert.Equal(DemoCenter.AgentCount, blind.AgentCount);
        Assert.All(calls, c => Assert.Contains(c.QueueId, ChurnComparePlanner.VoiceQueues));
        var steps = calls.Sum(c => blind.Queues.Single(q => q.Id == c.QueueId).Config.Widening.Count);
        Assert.Equal(steps, blind.Wakes!.Count);
    }

    [Fact]
    public void A_backup_skill_qualifies_an_agent_only_once_the_call_has_waited_for_it()
    {
        var plan = ChurnComparePlanner.Plan(Options, [], ChurnPolicies.Aware);
        var retention = new PlannedCall(0, 0, "retention", "c1", "Standard", 2, 100, null, 0, 0);
        var billingExpert = new PlannedAgentGroup("b", ["b"], [new SkillLevel("billing", 9)], new(DistributionKind.Fixed, 60), new HashSet<string>());

        // The demo's retention queue widens to billing 8 after 30 s.
        Assert.False(plan.Eligible!(retention, billingExpert, 29.9));
        Assert.True(plan.Eligible!(retention, billingExpert, 30));
    }
}
