using ContactCenter.Contracts;
using ContactCenter.Load.ChurnCompare;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.ChurnCompare;

/// <summary>Per-group service figures and the expected-churn arithmetic on a hand-made ledger.</summary>
public sealed class ChurnCompareSummariserTests
{
    private static readonly DateTimeOffset Origin = RunClock.Origin;

    /// <summary>
    /// One queue (service level threshold 20 s). r1 is at-risk high-value and calls twice: answered after 10 s, then
    /// hangs up after 40 s. o1 is answered after 30 s; o2 is answered at once and then calls again and is still waiting.
    /// </summary>
    private static (CallLedger Ledger, Dictionary<string, ComparedCustomer> Customers) Handmade()
    {
        var queue = new PlannedQueue("q", new QueueConfig("q", "q", [new SkillRequirement("s", 1)], new ServiceLevelTarget(80, 20), 3600,
            OverflowTarget.None, [], PriorityWeights.Default));
        var group = new PlannedAgentGroup("g", ["a1"], [new SkillLevel("s", 5)], new DurationSpec(DistributionKind.Fixed, 60), new HashSet<string> { "q" });
        PlannedCall Call(int i, double at, string customer) => new(i, at, "q", customer, "Standard", 0, double.PositiveInfinity, null, 0, 0);
        var plan = new LoadPlan("t", [queue], [group], [], [Call(0, 0, "r1"), Call(1, 5, "r1"), Call(2, 10, "o1"), Call(3, 20, "o2"), Call(4, 30, "o2")],
            [new StaffingChange(0, 1)], 100, LimitsSpec.Default);
        var ledger = new CallLedger(plan);
        void Answer(int i, double wait, double? completeAfter = null)
        {
            var call = ledger.Call(i);
            ledger.Arrived(call, call.Plan.AtSeconds);
            ledger.Offered(call.InteractionId, "a1", call.Plan.AtSeconds + wait);
            ledger.Answered(call.InteractionId, call.Plan.AtSeconds + wait, 60);
            if (completeAfter is { } handle) ledger.Completed(call.InteractionId, "a1", call.Plan.AtSeconds + wait + handle);
        }
        Answer(0, 10, completeAfter: 60);
        ledger.Arrived(ledger.Call(1), 5);
        ledger.Abandoned(ledger.Call(1).InteractionId, 45);
        Answer(2, 30);
        Answer(3, 0);
        ledger.Arrived(ledger.Call(4), 30);
        var customers = new Dictionary<string, ComparedCustomer>
        {
            ["r1"] = Customer("r1", 10_000, atRisk: true, history: 1),
            ["o1"] = Customer("o1", 1_000, atRisk: false),
            ["o2"] = Customer("o2", 2_000, atRisk: false),
        };
        return (ledger, customers);
    }

    private static ComparedCustomer Customer(string id, double value, bool atRisk, int history = 0) => new(
        new CustomerProfile(id, id, value, Origin.AddYears(-1)),
        Enumerable.Range(0, history).Select(k => new ContactRecord($"{id}-h{k}", Channel.Voice, "q", Origin.AddDays(-3), InteractionStatus.Completed, "a1", 5, "resolved", null)).ToArray(),
        atRisk ? 0.7 : 0.1, atRisk);

    [Fact]
    public void Service_is_split_into_at_risk_high_value_everyone_else_and_all()
    {
        var (ledger, customers) = Handmade();

        var service = ChurnCompareSummariser.Service(ledger.Calls, customers, new Dictionary<string, int> { ["q"] = 20 });

        Assert.Equal(
            [
                new GroupService(ChurnGroups.AtRiskHighValue, Callers: 1, Calls: 2, Answered: 1, Abandoned: 1, Unfinished: 0, AbandonPercent: 50, MeanWaitSeconds: 25, P90WaitSeconds: 40, ServiceLevelPercent: 50),
                new GroupService(ChurnGroups.Others, Callers: 2, Calls: 3, Answered: 2, Abandoned: 0, Unfinished: 1, AbandonPercent: 0, MeanWaitSeconds: 15, P90WaitSeconds: 30, ServiceLevelPercent: 50),
                new GroupService(ChurnGroups.All, Callers: 3, Calls: 5, Answered: 3, Abandoned: 1, Unfinished: 1, AbandonPercent: 20, MeanWaitSeconds: 20, P90WaitSeconds: 40, ServiceLevelPercent: 50),
            ],
            service);
    }

    [Fact]
    public void Expected_churn_compounds_each_callers_hazards_and_weights_them_by_lifetime_value()
    {
        var (ledger, customers) = Handmade();
        // 50% after a hang-up, 10% after an answered call.
        double Hazard(CustomerProfile _, IReadOnlyList<ContactRecord> history, DateTimeOffset __) =>
            history[^1].Outcome == InteractionStatus.Abandoned ? 0.5 : 0.1;

        var churn = ChurnCompareSummariser.Churn(ledger.Calls, customers, Hazard, Origin);

        // r1: 1 − 0.9 × 0.5 = 0.55 of 10,000; o1 and o2: 0.1 of 1,000 and 2,000 (o2's unfinished call is not rolled).
        Assert.Equal(
            [
                new GroupChurn(ChurnGroups.AtRiskHighValue, 1, 10_000, 0.55, 5_500),
                new GroupChurn(ChurnGroups.Others, 2, 3_000, 0.2, 300),
                new GroupChurn(ChurnGroups.All, 3, 13_000, 0.75, 5_800),
            ],
            churn);
        Assert.Equal(55, churn[0].ChurnersPer100Callers);
    }

    [Fact]
    public void Each_hazard_sees_the_seeded_history_plus_the_calls_so_far_as_of_when_the_call_ended()
    {
        var (ledger, customers) = Handmade();
        var seen = new List<(int Contacts, string Last, double EndedAfter)>();
        double Hazard(CustomerProfile _, IReadOnlyList<ContactRecord> history, DateTimeOffset at)
        {
            seen.Add((history.Count, history[^1].InteractionId, (at - Origin).TotalSeconds));
            return 0;
        }

        ChurnCompareSummariser.LeavingChance(customers["r1"], ledger.Calls.Where(c => c.Plan.CustomerId == "r1").OrderBy(c => c.Plan.Index), Hazard, Origin);

        // Call 0 was answered at 10 s and completed at 70 s; call 1 was abandoned at 45 s.
        Assert.Equal([(2, ledger.Call(0).InteractionId, 70.0), (3, ledger.Call(1).InteractionId, 45.0)], seen);
    }

    [Fact]
    public void A_call_becomes_the_contact_the_customer_grain_records()
    {
        var (ledger, _) = Handmade();

        var answered = ChurnCompareSummariser.Contact(ledger.Call(2), Origin);
        var abandoned = ChurnCompareSummariser.Contact(ledger.Call(1), Origin);

        Assert.Equal((InteractionStatus.Completed, "a1", 30.0, Origin.AddSeconds(10)), (answered.Outcome, answered.AgentId, answered.WaitSeconds, answered.At));
        Assert.Equal((InteractionStatus.Abandoned, (string?)null, 40.0), (abandoned.Outcome, abandoned.AgentId, abandoned.WaitSeconds));
    }
}
