namespace ContactCenter.Tests.Routing;

[Collection(ClusterCollection.Name)]
public sealed class OfferTimeoutAndTransferTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task An_offer_not_accepted_in_time_goes_back_to_the_front_and_the_agent_goes_not_ready_missed()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill, 1, c => c with { OfferTimeoutSeconds = 10 });
        var platinum = await _center.Arrive(queue, await _center.NewCustomer(30_000));
        var agentId = await _center.ReadyAgent((skill, 5));
        var offered = await _center.Snapshot(platinum.InteractionId);
        Assert.Equal(agentId, offered.AgentId);
        var later = await _center.Arrive(queue, await _center.NewCustomer(100));
        var higher = await _center.Arrive(queue, await _center.NewCustomer(300), basePriority: 10);

        _center.Advance(TimeSpan.FromSeconds(9));
        await _center.Agent(agentId).EvaluateTimers();
        Assert.Equal(AgentPresence.Reserved, await _center.PresenceOf(agentId));

        _center.Advance(TimeSpan.FromSeconds(1));
        await _center.Agent(agentId).EvaluateTimers();
        var agent = await _center.Agent(agentId).GetSnapshot();
        Assert.Equal((AgentPresence.NotReady, "missed", 1), (agent.Presence, agent.NotReadyReason, agent.Counters.Missed));
        var waiting = (await _center.Queue(queue).GetSnapshot()).Waiting.Select(w => w.InteractionId).ToList();
        Assert.Equal([platinum.InteractionId, higher.InteractionId, later.InteractionId], waiting);
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(platinum.InteractionId)).Status);
    }

    [Fact]
    public async Task Declining_returns_the_offer_to_the_front_and_another_agent_gets_it()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var first = await _center.ReadyAgent((skill, 9));
        var call = await _center.Arrive(queue);
        var second = await _center.ReadyAgent((skill, 5));
        Assert.Equal(first, call.AgentId);
        var declined = await _center.Agent(first).Decline(call.InteractionId);
        Assert.Equal((AgentPresence.NotReady, "declined"), (declined.Presence, declined.NotReadyReason));
        Assert.Equal(second, (await _center.Snapshot(call.InteractionId)).AgentId);
    }

    [Fact]
    public async Task A_waiting_interaction_can_be_moved_to_another_queue_and_is_offered_there()
    {
        var from = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var skill = CenterBuilder.Skill("sales");
        var to = await _center.NewQueue(skill);
        var agent = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(from);
        var moved = await _center.Interaction(call.InteractionId).TransferToQueue(to);
        Assert.Empty((await _center.Queue(from).GetSnapshot()).Waiting);
        var snapshot = await _center.Snapshot(call.InteractionId);
        Assert.Equal((to, agent, InteractionStatus.Offered), (snapshot.QueueId, snapshot.AgentId, snapshot.Status));
        Assert.Equal(call.CreatedAt, moved.Entry!.ArrivedAt);
    }

    [Fact]
    public async Task Transferring_a_connected_call_puts_the_agent_in_wrap_up_and_queues_the_call()
    {
        var skill = CenterBuilder.Skill("billing");
        var from = await _center.NewQueue(skill);
        var to = await _center.NewQueue(CenterBuilder.Skill("tech"));
        var agentId = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(from);
        await _center.Agent(agentId).Accept(call.InteractionId);
        var moved = await _center.Interaction(call.InteractionId).TransferToQueue(to);
        Assert.Equal((InteractionStatus.Queued, to, (string?)null), (moved.Status, moved.QueueId, moved.AgentId));
        Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(agentId));
        Assert.Equal(AgentPresence.Ready, (await _center.Agent(agentId).Complete(call.InteractionId, "transferred", null)).Presence);
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(call.InteractionId)).Status);
    }

    [Fact]
    public async Task A_direct_transfer_to_a_ready_agent_offers_it_and_to_a_busy_agent_is_refused()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var busy = await _center.ReadyAgent((skill, 5));
        var first = await _center.Arrive(queue);
        await _center.Agent(busy).Accept(first.InteractionId);
        var waiting = await _center.Arrive(queue);

        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(waiting.InteractionId).TransferToAgent(busy));
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Single((await _center.Queue(queue).GetSnapshot()).Waiting);

        var target = await _center.NewAgent((CenterBuilder.Skill("other"), 5));
        await _center.Agent(target).SetReady();
        var transferred = await _center.Interaction(waiting.InteractionId).TransferToAgent(target);
        Assert.Equal((InteractionStatus.Offered, target, "direct-transfer"), (transferred.Status, transferred.AgentId, transferred.Decisions[^1].Trigger));
        Assert.Empty((await _center.Queue(queue).GetSnapshot()).Waiting);
        await _center.Agent(target).Accept(waiting.InteractionId);
        Assert.Equal(InteractionStatus.Connected, (await _center.Snapshot(waiting.InteractionId)).Status);
    }
}
