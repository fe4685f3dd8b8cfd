using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Engine;

/// <summary>When the virtual clock may move on: not while a waiting call and a free agent who may take it now are both there.</summary>
public sealed class CallLedgerSettleTests
{
    private static CallLedger Ledger(CanServe? eligible)
    {
        var queue = new PlannedQueue("q", new QueueConfig("q", "q", [new SkillRequirement("s", 5)], new ServiceLevelTarget(80, 20), 3600,
            OverflowTarget.None, [], PriorityWeights.Default));
        // The backup agent is not in the queue's pool at first (QueueIds is empty).
        var backup = new PlannedAgentGroup("backup", ["b1"], [new SkillLevel("other", 9)], new DurationSpec(DistributionKind.Fixed, 60), new HashSet<string>());
        var plan = new LoadPlan("t", [queue], [backup], [], [new PlannedCall(0, 0, "q", "c", "Standard", 0, double.PositiveInfinity, null, 0, 0)],
            [new StaffingChange(0, 1)], 100, LimitsSpec.Default, Eligible: eligible);
        var ledger = new CallLedger(plan);
        ledger.SetOnDuty("b1", true);
        ledger.Arrived(ledger.Call(0), 0);
        return ledger;
    }

    [Fact]
    public void Without_a_rule_only_the_queues_own_pool_counts() => Assert.True(Ledger(null).Settled(120));

    [Fact]
    public void With_a_rule_a_free_agent_counts_once_the_call_has_waited_long_enough()
    {
        var ledger = Ledger((_, _, waited) => waited >= 30);

        Assert.True(ledger.Settled(29));
        Assert.False(ledger.Settled(30));

        ledger.Offered(ledger.Call(0).InteractionId, "b1", 30);
        Assert.True(ledger.Settled(31));
    }

    [Fact]
    public void A_call_whose_offer_failed_waits_again_and_one_that_hung_up_does_not()
    {
        var ledger = Ledger((_, _, _) => true);
        var id = ledger.Call(0).InteractionId;
        ledger.Offered(id, "b1", 1);

        ledger.OfferFailed(id, "b1");
        Assert.False(ledger.Settled(2));

        ledger.Abandoned(id, 3);
        Assert.True(ledger.Settled(4));
    }
}
