namespace ContactCenter.Tests.Agents;

[Collection(ClusterCollection.Name)]
public sealed class SupervisorForceTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task Forcing_out_an_agent_who_has_gone_returns_its_offer_to_the_front_of_the_queue()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var gone = await _center.ReadyAgent((skill, 9));
        var call = await _center.Arrive(queue);
        Assert.Equal(gone, call.AgentId);

        var forced = await _center.Agent(gone).Force(AgentPresence.LoggedOut, "left the building");
        Assert.Equal(AgentPresence.LoggedOut, forced.Presence);
        Assert.Empty(forced.Work);
        var waiting = (await _center.Queue(queue).GetSnapshot()).Waiting.Single();
        Assert.Equal(call.InteractionId, waiting.InteractionId);
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(call.InteractionId)).Status);
        var next = await _center.ReadyAgent((skill, 3));
        Assert.Equal(next, (await _center.Snapshot(call.InteractionId)).AgentId);
    }

    [Fact]
    public async Task Forcing_out_an_agent_on_a_call_is_refused_and_changes_nothing()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        await _center.Agent(agent).Accept(call.InteractionId);
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).Force(AgentPresence.LoggedOut, "gone"));
        Assert.Contains("Busy", refused.Message);
        Assert.Equal(AgentPresence.Busy, await _center.PresenceOf(agent));
    }

    [Fact]
    public async Task Forcing_out_during_wrap_up_completes_the_wrap_up()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        await _center.Agent(agent).Accept(call.InteractionId);
        await _center.Interaction(call.InteractionId).Ended();
        Assert.Equal(AgentPresence.LoggedOut, (await _center.Agent(agent).Force(AgentPresence.LoggedOut, "shift over")).Presence);
        var record = await _center.Snapshot(call.InteractionId);
        Assert.Equal((InteractionStatus.Completed, "forced"), (record.Status, record.WrapUpCode));
    }
}
