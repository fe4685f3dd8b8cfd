namespace ContactCenter.Tests.Interactions;

[Collection(ClusterCollection.Name)]
public sealed class LifecycleTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task A_call_goes_from_offer_to_completed_and_lands_in_the_customer_history()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill, 3);
        var agentId = await _center.ReadyAgent((skill, 5));
        var customer = await _center.NewCustomer(1_200);
        var agent = _center.Agent(agentId);

        var call = await _center.Arrive(queue, customer);
        Assert.Equal((InteractionStatus.Offered, agentId), (call.Status, call.AgentId));
        Assert.Equal(AgentPresence.Reserved, await _center.PresenceOf(agentId));

        _center.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(AgentPresence.Busy, (await agent.Accept(call.InteractionId)).Presence);
        Assert.Equal(InteractionStatus.Connected, (await _center.Snapshot(call.InteractionId)).Status);

        _center.Advance(TimeSpan.FromSeconds(100));
        Assert.Equal(InteractionStatus.WrapUp, (await _center.Interaction(call.InteractionId).Ended()).Status);
        Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(agentId));

        _center.Advance(TimeSpan.FromSeconds(20));
        var done = await agent.Complete(call.InteractionId, "resolved", "refund issued");
        Assert.Equal(AgentPresence.Ready, done.Presence);
        Assert.Equal(1, done.Counters.Handled);
        Assert.Equal(100, done.Counters.TalkSeconds, 3);
        Assert.Equal(20, done.Counters.WrapUpSeconds, 3);

        var record = await _center.Snapshot(call.InteractionId);
        Assert.Equal(InteractionStatus.Completed, record.Status);
        Assert.Single(record.Timeline, e => e.Status.IsTerminal());
        var history = (await _center.Customer(customer).GetSnapshot()).RecentContacts;
        Assert.Contains(history, c => c.InteractionId == call.InteractionId && c.WrapUpCode == "resolved" && c.Notes == "refund issued");

        var stats = (await _center.Queue(queue).GetSnapshot()).Stats;
        Assert.Equal((1, 1, 1, 1), (stats.Arrivals, stats.Answered, stats.AnsweredWithinThreshold, stats.Completed));
    }

    [Fact]
    public async Task Telephony_answered_event_connects_the_offered_agent()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agentId = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        Assert.Equal(InteractionStatus.Connected, (await _center.Interaction(call.InteractionId).Answered()).Status);
        Assert.Equal(AgentPresence.Busy, await _center.PresenceOf(agentId));
    }

    [Fact]
    public async Task A_caller_who_hangs_up_while_queued_is_abandoned_and_removed_from_the_queue()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var call = await _center.Arrive(queue);
        Assert.Equal(InteractionStatus.Queued, call.Status);
        Assert.Equal(InteractionStatus.Abandoned, (await _center.Interaction(call.InteractionId).Abandon()).Status);
        var snapshot = await _center.Queue(queue).GetSnapshot();
        Assert.Empty(snapshot.Waiting);
        Assert.Equal(1, snapshot.Stats.Abandoned);
        var again = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(call.InteractionId).Abandon());
        Assert.Equal(ErrorKind.Conflict, again.Kind);
    }

    [Fact]
    public async Task Hanging_up_during_an_offer_releases_the_agent_but_after_connect_it_is_refused()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agentId = await _center.ReadyAgent((skill, 5));
        var first = await _center.Arrive(queue);
        await _center.Interaction(first.InteractionId).Abandon();
        Assert.Equal(AgentPresence.Ready, await _center.PresenceOf(agentId));

        var second = await _center.Arrive(queue);
        await _center.Agent(agentId).Accept(second.InteractionId);
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(second.InteractionId).Abandon());
        Assert.Contains("Connected", refused.Message);
        Assert.Equal(InteractionStatus.Connected, (await _center.Snapshot(second.InteractionId)).Status);
    }

    [Fact]
    public async Task Unknown_and_duplicate_interactions_are_refused()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<ContactCenterException>(() => _center.Snapshot(CenterBuilder.Key("none")))).Kind);
        var call = await _center.Arrive(queue);
        var duplicate = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(call.InteractionId)
            .Create(new NewInteraction(Channel.Voice, null, null, new Dictionary<string, string>(), null, queue)));
        Assert.Equal(ErrorKind.Conflict, duplicate.Kind);
        var unknownQueue = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Arrive(CenterBuilder.Key("no-queue")));
        Assert.Equal(ErrorKind.NotFound, unknownQueue.Kind);
    }

    [Fact]
    public async Task An_agent_takes_up_to_three_chats_but_no_voice_call_meanwhile()
    {
        var skill = CenterBuilder.Skill("care");
        var queue = await _center.NewQueue(skill);
        var agentId = await _center.ReadyAgent((skill, 5));
        var agent = _center.Agent(agentId);
        var chats = new List<InteractionSnapshot>();
        for (var i = 0; i < 4; i++)
        {
            chats.Add(await _center.Arrive(queue, channel: Channel.Chat));
            if (chats[^1].Status == InteractionStatus.Offered) await agent.Accept(chats[^1].InteractionId);
        }
        var voice = await _center.Arrive(queue, channel: Channel.Voice);
        var snapshot = await agent.GetSnapshot();
        Assert.Equal(3, snapshot.Work.Count);
        Assert.All(snapshot.Work, w => Assert.Equal(Channel.Chat, w.Channel));
        Assert.Equal(InteractionStatus.Queued, chats[3].Status);
        Assert.Equal(InteractionStatus.Queued, voice.Status);
    }
}
