namespace ContactCenter.Tests.Routing;

[Collection(ClusterCollection.Name)]
public sealed class ChurnAwareRoutingTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private async Task<string> Customer(double value, double risk)
    {
        var id = await _center.NewCustomer(value);
        await _center.Customer(id).SetChurnRisk(risk);
        return id;
    }

    [Fact]
    public async Task Of_two_otherwise_equal_callers_the_higher_risk_times_value_is_offered_first()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var loyal = await _center.Arrive(queue, await Customer(9_000, 0.1));
        var leaving = await _center.Arrive(queue, await Customer(9_000, 0.9));

        var agent = await _center.ReadyAgent((skill, 5));
        var offered = await _center.Snapshot(leaving.InteractionId);
        Assert.Equal((InteractionStatus.Offered, agent), (offered.Status, offered.AgentId));
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(loyal.InteractionId)).Status);

        var decision = offered.Decisions.Single();
        Assert.Equal("agent-ready", decision.Trigger);
        var churn = decision.Churn!;
        Assert.Equal((0.9, 9_000.0, false), (churn.Risk, churn.LifetimeValue, churn.RetentionFirst));
        Assert.Equal(PriorityWeights.Default.ChurnValue * 0.9 * 9, churn.ScorePoints, 6);
        Assert.Equal(decision.Score.ChurnValue / decision.Score.Total, churn.ShareOfScore, 9);
    }

    [Fact]
    public async Task Retention_preference_sends_an_at_risk_valuable_caller_to_a_retention_agent_over_a_more_proficient_one()
    {
        var (queue, expert, retainer) = await RetentionQueue();
        var call = await _center.Arrive(queue, await Customer(10_000, 0.8));

        Assert.Equal(retainer, call.AgentId);
        var decision = call.Decisions.Single();
        Assert.Equal([retainer, expert], decision.Candidates.Select(c => c.AgentId));
        var churn = decision.Churn!;
        Assert.True(churn.RetentionFirst);
        // Gold tier 15 + churn 5 × 0.8 × 10 = 40, nothing waited yet.
        Assert.Equal((40.0, 55.0), (churn.ScorePoints, decision.Score.Total));
        Assert.Equal(40.0 / 55, churn.ShareOfScore, 9);
        Assert.Equal("risk 0.80 × value 10k added 40 points (73% of the score); retention agents first", churn.Note);
        Assert.Contains("retention", decision.Reason);
    }

    [Fact]
    public async Task Retention_preference_leaves_a_low_risk_caller_with_the_most_proficient_agent()
    {
        var (queue, expert, _) = await RetentionQueue();
        var call = await _center.Arrive(queue, await Customer(10_000, 0.1));

        Assert.Equal(expert, call.AgentId);
        var churn = call.Decisions.Single().Churn!;
        Assert.False(churn.RetentionFirst);
        Assert.Equal(5 * 0.1 * 10, churn.ScorePoints, 9);
        Assert.Equal("risk 0.10 × value 10k added 5 points (25% of the score)", churn.Note);
    }

    [Fact]
    public async Task With_no_retention_agent_free_an_at_risk_caller_gets_the_usual_ranking()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill, 1, c => c with { Retention = new RetentionPreference(CenterBuilder.Skill("retention")) });
        var expert = await _center.ReadyAgent((skill, 9));
        var call = await _center.Arrive(queue, await Customer(10_000, 0.8));

        Assert.Equal(expert, call.AgentId);
        var churn = call.Decisions.Single().Churn!;
        Assert.False(churn.RetentionFirst);
        Assert.EndsWith("no retention-skilled agent free, so the usual ranking", churn.Note);
    }

    [Fact]
    public async Task An_anonymous_caller_records_no_churn_points()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        await _center.ReadyAgent((skill, 5));
        var churn = (await _center.Arrive(queue)).Decisions.Single().Churn!;
        Assert.Equal((0.0, 0.0, 0.0), (churn.Risk, churn.ScorePoints, churn.ShareOfScore));
    }

    [Fact]
    public async Task The_queue_reads_the_customers_live_risk_when_the_call_arrives()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var customer = await Customer(4_000, 0.2);
        await _center.Customer(customer).SetChurnRisk(0.7);
        var call = await _center.Arrive(queue, customer);
        Assert.Equal(0.7, call.Entry!.ChurnRisk);
        var waiting = (await _center.Queue(queue).GetSnapshot()).Waiting.Single();
        Assert.Equal(5 * 0.7 * 4, waiting.Score.ChurnValue, 9);
    }

    /// <summary>A queue preferring retention agents, an expert without retention and a weaker agent with it, both idle.</summary>
    private async Task<(string Queue, string Expert, string Retainer)> RetentionQueue()
    {
        var skill = CenterBuilder.Skill("billing");
        var retention = CenterBuilder.Skill("retention");
        var queue = await _center.NewQueue(skill, 1, c => c with { Retention = new RetentionPreference(retention, MinProficiency: 5, MinRisk: 0.5, MinValue: 2_000) });
        var expert = await _center.ReadyAgent((skill, 9));
        var retainer = await _center.ReadyAgent((skill, 4), (retention, 6));
        return (queue, expert, retainer);
    }
}
