namespace ContactCenter.Tests.Routing;

[Collection(ClusterCollection.Name)]
public sealed class CrossQueuePullTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task An_agent_becoming_ready_takes_the_best_scored_work_across_all_its_queues()
    {
        var billing = CenterBuilder.Skill("billing");
        var sales = CenterBuilder.Skill("sales");
        var billingQueue = await _center.NewQueue(billing);
        var salesQueue = await _center.NewQueue(sales);
        var standard = await _center.Arrive(billingQueue, await _center.NewCustomer(100));
        _center.Advance(TimeSpan.FromSeconds(10));
        var platinum = await _center.Arrive(salesQueue, await _center.NewCustomer(50_000));

        var agentId = await _center.ReadyAgent((billing, 5), (sales, 5));
        var offered = await _center.Snapshot(platinum.InteractionId);
        Assert.Equal(agentId, offered.AgentId);
        var decision = offered.Decisions.Single();
        Assert.Equal("agent-ready", decision.Trigger);
        Assert.Equal([platinum.InteractionId, standard.InteractionId], decision.CompetingInteractions.Select(c => c.InteractionId));
        Assert.True(decision.CompetingInteractions[0].Score > decision.CompetingInteractions[1].Score);
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(standard.InteractionId)).Status);
    }

    [Fact]
    public async Task After_completing_an_agent_pulls_the_next_waiting_interaction_from_any_of_its_queues()
    {
        var billing = CenterBuilder.Skill("billing");
        var sales = CenterBuilder.Skill("sales");
        var billingQueue = await _center.NewQueue(billing);
        var salesQueue = await _center.NewQueue(sales);
        var agentId = await _center.ReadyAgent((billing, 5), (sales, 5));
        var first = await _center.Arrive(billingQueue);
        var next = await _center.Arrive(salesQueue);
        Assert.Equal(InteractionStatus.Queued, next.Status);
        var agent = _center.Agent(agentId);
        await agent.Accept(first.InteractionId);
        await agent.Complete(first.InteractionId, null, null);
        Assert.Equal(agentId, (await _center.Snapshot(next.InteractionId)).AgentId);
    }
}
