namespace ContactCenter.Tests.Desktop;

[Collection(ClusterCollection.Name)]
public sealed class CallControlTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private async Task<(string Queue, string Skill, string Agent, string Call)> Connected()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        await _center.Agent(agent).Accept(call.InteractionId);
        return (queue, skill, agent, call.InteractionId);
    }

    [Fact]
    public async Task Hold_and_resume_count_hold_time_in_the_interaction_and_the_agents_figures()
    {
        var (_, _, agentId, callId) = await Connected();
        var call = _center.Interaction(callId);
        _center.Advance(TimeSpan.FromSeconds(20));
        var held = await call.Hold();
        Assert.True(held.Call!.OnHold);
        _center.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(30, (await call.GetSnapshot()).Call!.HoldSeconds);
        var resumed = await call.Resume();
        Assert.Equal((false, 30d, 50d), (resumed.Call!.OnHold, resumed.Call.HoldSeconds, resumed.Call.TalkSeconds));
        Assert.Contains(resumed.Timeline, e => e.Detail == "caller put on hold");
        Assert.Contains(resumed.Timeline, e => e.Detail == "caller taken off hold after 30 s");
        var agent = await _center.Agent(agentId).GetSnapshot();
        Assert.Equal(30, agent.Counters.HoldSeconds);
        Assert.True(agent.Work.Single().Call is { OnHold: false, HoldSeconds: 30 });

        _center.Advance(TimeSpan.FromSeconds(10));
        await call.Hold();
        _center.Advance(TimeSpan.FromSeconds(5));
        var ended = await call.Ended();
        Assert.Equal((35d, 65d), (ended.Call!.HoldSeconds, ended.Call.TalkSeconds));
        Assert.Equal(35, (await _center.Agent(agentId).GetSnapshot()).Counters.HoldSeconds);
    }

    [Fact]
    public async Task Refused_call_transitions_name_both_states_and_change_nothing()
    {
        var (_, _, agentId, callId) = await Connected();
        var call = _center.Interaction(callId);
        var resume = await Assert.ThrowsAsync<ContactCenterException>(() => call.Resume());
        Assert.Equal(ErrorKind.Conflict, resume.Kind);
        Assert.Contains("from Talking to Talking", resume.Message);
        await call.Hold();
        var before = await call.GetSnapshot();
        var again = await Assert.ThrowsAsync<ContactCenterException>(() => call.Hold());
        Assert.Contains("from OnHold to OnHold", again.Message);
        var transfer = await Assert.ThrowsAsync<ContactCenterException>(() => call.TransferToConsulted());
        Assert.Contains("from OnHold to Transferred", transfer.Message);
        await Assert.ThrowsAsync<ContactCenterException>(() => call.Unmute());
        var after = await call.GetSnapshot();
        Assert.Equal(before.Timeline.Count, after.Timeline.Count);
        Assert.Equal((true, false), (after.Call!.OnHold, after.Call.Muted));

        await call.HangUp();
        var late = await Assert.ThrowsAsync<ContactCenterException>(() => call.Hold());
        Assert.Contains("from WrapUp to OnHold", late.Message);
        Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(agentId));
    }

    [Fact]
    public async Task Mute_and_unmute_are_recorded_and_hang_up_puts_the_agent_in_wrap_up()
    {
        var (_, _, agentId, callId) = await Connected();
        var call = _center.Interaction(callId);
        Assert.True((await call.Mute()).Call!.Muted);
        Assert.False((await call.Unmute()).Call!.Muted);
        var hungUp = await call.HangUp();
        Assert.Equal(InteractionStatus.WrapUp, hungUp.Status);
        Assert.Contains(hungUp.Timeline, e => e.Detail == $"{agentId} hung up; agent in wrap-up");
        Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(agentId));
    }

    [Fact]
    public async Task Consult_then_transfer_gives_the_call_to_the_consulted_agent_and_the_first_one_wraps_up()
    {
        var (_, skill, first, callId) = await Connected();
        var second = await _center.ReadyAgent((skill, 5));
        var call = _center.Interaction(callId);
        var consulting = await call.Consult(new ConsultTarget(second, null));
        Assert.True(consulting.Call is { OnHold: true, Consult: { Status: ConsultStatus.Ringing } leg } && leg.AgentId == second);
        var asked = await _center.Agent(second).GetSnapshot();
        Assert.Equal(AgentPresence.Reserved, asked.Presence);
        Assert.Equal(first, asked.Work.Single().ConsultFrom);

        var answered = await _center.Agent(second).Accept(callId);
        Assert.Equal(AgentPresence.Busy, answered.Presence);
        Assert.Equal(ConsultStatus.Connected, (await call.GetSnapshot()).Call!.Consult!.Status);
        _center.Advance(TimeSpan.FromSeconds(12));

        var moved = await call.TransferToConsulted();
        Assert.Equal((second, InteractionStatus.Connected, false, 12d), (moved.AgentId, moved.Status, moved.Call!.OnHold, moved.Call.HoldSeconds));
        Assert.Null(moved.Call.Consult);
        Assert.Contains(moved.Timeline, e => e.Detail == $"transferred from {first} to {second} after a consult");
        Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(first));
        var taker = await _center.Agent(second).GetSnapshot();
        Assert.True(taker.Work.Single() is { ConsultFrom: null, Status: WorkStatus.Connected });

        await _center.Agent(first).Complete(callId, "transferred", null);
        Assert.Equal(InteractionStatus.Connected, (await call.GetSnapshot()).Status);
        await call.Ended();
        await _center.Agent(second).Complete(callId, "resolved", null);
        var done = await call.GetSnapshot();
        Assert.Equal((InteractionStatus.Completed, second, "resolved"), (done.Status, done.AgentId, done.WrapUpCode));
        Assert.Equal(1, (await _center.Agent(second).GetSnapshot()).Counters.Handled);
    }

    [Fact]
    public async Task Consult_then_conference_puts_both_agents_on_the_call_and_both_wrap_up_when_it_ends()
    {
        var (_, skill, first, callId) = await Connected();
        var second = await _center.ReadyAgent((skill, 5));
        var call = _center.Interaction(callId);
        await call.Consult(new ConsultTarget(second, null));
        await _center.Agent(second).Accept(callId);
        var conference = await call.Conference();
        Assert.Equal((first, false), (conference.AgentId, conference.Call!.OnHold));
        Assert.Equal([second], conference.Call.Parties);
        Assert.Equal(AgentPresence.Busy, await _center.PresenceOf(second));

        await call.Ended();
        Assert.Equal((AgentPresence.WrapUp, AgentPresence.WrapUp), (await _center.PresenceOf(first), await _center.PresenceOf(second)));
        Assert.Equal(AgentPresence.Ready, (await _center.Agent(second).Complete(callId, null, null)).Presence);
        Assert.Equal(InteractionStatus.WrapUp, (await call.GetSnapshot()).Status);
        await _center.Agent(first).Complete(callId, "resolved", null);
        Assert.Equal(InteractionStatus.Completed, (await call.GetSnapshot()).Status);
    }

    [Fact]
    public async Task A_consult_through_a_queue_rings_its_free_agent_and_cancelling_keeps_the_caller_on_hold()
    {
        var (_, _, first, callId) = await Connected();
        var helpSkill = CenterBuilder.Skill("tech");
        var helpQueue = await _center.NewQueue(helpSkill);
        var helper = await _center.ReadyAgent((helpSkill, 5));
        var call = _center.Interaction(callId);
        var consulting = await call.Consult(new ConsultTarget(null, helpQueue));
        Assert.Equal((helper, helpQueue), (consulting.Call!.Consult!.AgentId, consulting.Call.Consult.ViaQueueId));

        var cancelled = await call.CancelConsult();
        Assert.True(cancelled.Call is { OnHold: true, Consult: null });
        var helperNow = await _center.Agent(helper).GetSnapshot();
        Assert.Equal(AgentPresence.Ready, helperNow.Presence);
        Assert.Equal(AgentNotice.Withdrawn, helperNow.Notice!.Kind);
        Assert.Equal(AgentPresence.Busy, await _center.PresenceOf(first));
        Assert.False((await call.Resume()).Call!.OnHold);
    }

    [Fact]
    public async Task A_consult_to_an_agent_who_cannot_take_it_is_refused_and_changes_nothing()
    {
        var (_, skill, _, callId) = await Connected();
        var notReady = await _center.NewAgent((skill, 5));
        var call = _center.Interaction(callId);
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => call.Consult(new ConsultTarget(notReady, null)));
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        var after = await call.GetSnapshot();
        Assert.True(after.Call is { OnHold: false, Consult: null });
        Assert.Empty((await _center.Agent(notReady).GetSnapshot()).Work);
    }

    [Fact]
    public async Task An_unanswered_consult_lapses_and_the_caller_stays_on_hold()
    {
        var (_, skill, _, callId) = await Connected();
        var second = await _center.ReadyAgent((skill, 5));
        var call = _center.Interaction(callId);
        await call.Consult(new ConsultTarget(second, null));
        _center.Advance(TimeSpan.FromSeconds(15));
        await _center.Agent(second).EvaluateTimers();
        var after = await call.GetSnapshot();
        Assert.True(after.Call is { OnHold: true, Consult: null });
        var missed = await _center.Agent(second).GetSnapshot();
        Assert.Equal((AgentPresence.Ready, 0, AgentNotice.Missed), (missed.Presence, missed.Counters.Missed, missed.Notice!.Kind));
    }

    [Fact]
    public async Task A_blind_transfer_is_refused_during_a_consult_and_ends_a_hold_when_it_goes_through()
    {
        var (_, skill, first, callId) = await Connected();
        var second = await _center.ReadyAgent((skill, 5));
        var other = await _center.NewQueue(CenterBuilder.Skill("tech"));
        var call = _center.Interaction(callId);
        await call.Consult(new ConsultTarget(second, null));
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => call.TransferToQueue(other));
        Assert.Contains("cannot go from Consulting (caller on hold) to Queued", refused.Message);
        Assert.Equal(InteractionStatus.Connected, (await call.GetSnapshot()).Status);

        await call.CancelConsult();
        _center.Advance(TimeSpan.FromSeconds(8));
        var moved = await call.TransferToQueue(other);
        Assert.True(moved.Call is { OnHold: false, HoldSeconds: 8 });
        var agent = await _center.Agent(first).GetSnapshot();
        Assert.Equal((AgentPresence.WrapUp, 8d), (agent.Presence, agent.Counters.HoldSeconds));
    }
}
