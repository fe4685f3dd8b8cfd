namespace ContactCenter.Tests.Routing;

[Collection(ClusterCollection.Name)]
public sealed class PriorityOrderingTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private async Task<(string Queue, string Skill)> QueueWithNobodyReady()
    {
        var skill = CenterBuilder.Skill("billing");
        return (await _center.NewQueue(skill), skill);
    }

    [Fact]
    public async Task A_platinum_customer_queued_later_is_served_before_a_standard_one()
    {
        var (queue, skill) = await QueueWithNobodyReady();
        var standard = await _center.Arrive(queue, await _center.NewCustomer(300));
        _center.Advance(TimeSpan.FromSeconds(5));
        var platinum = await _center.Arrive(queue, await _center.NewCustomer(25_000));
        var waiting = (await _center.Queue(queue).GetSnapshot()).Waiting;
        Assert.Equal([platinum.InteractionId, standard.InteractionId], waiting.Select(w => w.InteractionId));

        var agent = await _center.ReadyAgent((skill, 5));
        Assert.Equal(agent, (await _center.Snapshot(platinum.InteractionId)).AgentId);
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(standard.InteractionId)).Status);
    }

    [Fact]
    public async Task Churn_risk_times_value_raises_a_customer_above_an_equal_tier_peer()
    {
        var (queue, _) = await QueueWithNobodyReady();
        var loyal = await _center.Arrive(queue, await _center.NewCustomer(9_000, churnRisk: 0));
        var atRiskCustomer = await _center.NewCustomer(9_000);
        await _center.Customer(atRiskCustomer).SetChurnRisk(0.9);
        var atRisk = await _center.Arrive(queue, atRiskCustomer);
        var waiting = (await _center.Queue(queue).GetSnapshot()).Waiting;
        Assert.Equal(atRisk.InteractionId, waiting[0].InteractionId);
        Assert.Equal(PriorityWeights.Default.ChurnValue * 0.9 * 9, waiting[0].Score.ChurnValue, 6);
        Assert.Equal(0, waiting.Single(w => w.InteractionId == loyal.InteractionId).Score.ChurnValue);
    }

    [Fact]
    public async Task Waiting_ages_an_interaction_so_the_older_of_two_equals_goes_first()
    {
        var (queue, skill) = await QueueWithNobodyReady();
        var older = await _center.Arrive(queue);
        _center.Advance(TimeSpan.FromSeconds(10));
        var newer = await _center.Arrive(queue);
        var before = (await _center.Queue(queue).GetSnapshot()).Waiting;
        Assert.Equal([older.InteractionId, newer.InteractionId], before.Select(w => w.InteractionId));
        Assert.Equal(PriorityWeights.Default.AgingPerSecond * 10, before[0].Score.Aging, 6);

        _center.Advance(TimeSpan.FromSeconds(30));
        await _center.Queue(queue).Evaluate();
        var after = (await _center.Queue(queue).GetSnapshot()).Waiting;
        Assert.Equal(PriorityWeights.Default.AgingPerSecond * 40, after[0].Score.Aging, 6);
        Assert.True(after[0].Score.SlaMargin > before[0].Score.SlaMargin);
        Assert.Equal(older.InteractionId, (await _center.Snapshot(older.InteractionId)).InteractionId);
        await _center.ReadyAgent((skill, 5));
        Assert.Equal(InteractionStatus.Offered, (await _center.Snapshot(older.InteractionId)).Status);
    }

    [Fact]
    public async Task Base_priority_from_the_adapter_counts_with_the_queue_weight()
    {
        var (queue, _) = await QueueWithNobodyReady();
        await _center.Arrive(queue);
        var urgent = await _center.Arrive(queue, basePriority: 3);
        var waiting = (await _center.Queue(queue).GetSnapshot()).Waiting;
        Assert.Equal(urgent.InteractionId, waiting[0].InteractionId);
        Assert.Equal(PriorityWeights.Default.Base * 3, waiting[0].Score.Base, 6);
    }
}
