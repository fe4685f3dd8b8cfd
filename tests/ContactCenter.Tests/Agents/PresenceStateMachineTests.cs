namespace ContactCenter.Tests.Agents;

[Collection(ClusterCollection.Name)]
public sealed class PresenceStateMachineTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task Login_then_ready_then_not_ready_then_logout_follow_the_state_machine()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = _center.Agent(await _center.NewAgent((skill, 5)));
        var loggedIn = await agent.GetSnapshot();
        Assert.Equal((AgentPresence.NotReady, "login"), (loggedIn.Presence, loggedIn.NotReadyReason));
        Assert.Equal(AgentPresence.Ready, (await agent.SetReady()).Presence);
        var onBreak = await agent.SetNotReady("lunch");
        Assert.Equal((AgentPresence.NotReady, "lunch"), (onBreak.Presence, onBreak.NotReadyReason));
        Assert.Equal(AgentPresence.LoggedOut, (await agent.Logout()).Presence);
    }

    [Fact]
    public async Task An_illegal_transition_is_refused_with_an_error_naming_both_states()
    {
        var id = CenterBuilder.Key("agent");
        var agent = _center.Agent(id);
        await agent.Configure(new AgentProfile(id, "Ann", "t", [new SkillLevel(CenterBuilder.Skill("s"), 5)], ChannelCapacity.Default));
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => agent.SetReady());
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Contains("LoggedOut", error.Message);
        Assert.Contains("Ready", error.Message);
        Assert.Equal(AgentPresence.LoggedOut, (await agent.GetSnapshot()).Presence);
    }

    [Fact]
    public async Task Logging_out_while_holding_work_is_refused_and_changes_nothing()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agentId = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        await _center.Agent(agentId).Accept(call.InteractionId);
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agentId).Logout());
        Assert.Contains("Busy", error.Message);
        Assert.Equal(AgentPresence.Busy, await _center.PresenceOf(agentId));
    }

    [Fact]
    public async Task Unknown_agents_are_not_found_and_bad_profiles_name_the_field()
    {
        var missing = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(CenterBuilder.Key("ghost")).Login());
        Assert.Equal(ErrorKind.NotFound, missing.Kind);
        var id = CenterBuilder.Key("agent");
        var bad = await Assert.ThrowsAsync<ContactCenterException>(() =>
            _center.Agent(id).Configure(new AgentProfile(id, "Ann", "t", [new SkillLevel("billing", 11)], ChannelCapacity.Default)));
        Assert.Equal((ErrorKind.Invalid, "skills[0].proficiency"), (bad.Kind, bad.Field));
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(id).GetSnapshot());
    }

    [Fact]
    public async Task Time_in_state_and_idle_since_come_from_the_time_provider()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = _center.Agent(await _center.NewAgent((skill, 5)));
        var readyAt = fixture.Time.GetUtcNow();
        var ready = await agent.SetReady();
        Assert.Equal(readyAt, ready.StateSince);
        Assert.Equal(readyAt, ready.IdleSince);
        _center.Advance(TimeSpan.FromSeconds(42));
        var later = await agent.SetNotReady("coaching");
        Assert.Equal(readyAt.AddSeconds(42), later.StateSince);
        Assert.Null(later.IdleSince);
    }

    [Fact]
    public async Task Not_ready_asked_while_busy_takes_effect_when_the_work_is_completed()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agentId = await _center.ReadyAgent((skill, 5));
        var agent = _center.Agent(agentId);
        var call = await _center.Arrive(queue);
        await agent.Accept(call.InteractionId);
        Assert.Equal(AgentPresence.Busy, (await agent.SetNotReady("meeting")).Presence);
        var done = await agent.Complete(call.InteractionId, "resolved", null);
        Assert.Equal((AgentPresence.NotReady, "meeting"), (done.Presence, done.NotReadyReason));
    }
}
