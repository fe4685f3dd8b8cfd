namespace ContactCenter.Tests.Desktop;

[Collection(ClusterCollection.Name)]
public sealed class WrapUpTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private async Task<(string Agent, string Call)> InWrapUp(int? wrapUpSeconds)
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill, 1, c => c with { WrapUpSeconds = wrapUpSeconds });
        var agent = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        await _center.Agent(agent).Accept(call.InteractionId);
        await _center.Interaction(call.InteractionId).Ended();
        return (agent, call.InteractionId);
    }

    [Fact]
    public async Task The_wrap_up_limit_ends_wrap_up_by_itself_with_the_code_chosen_so_far_and_the_agent_is_ready_again()
    {
        var (agentId, callId) = await InWrapUp(30);
        var agent = _center.Agent(agentId);
        var wrapping = (await agent.GetSnapshot()).Work.Single();
        Assert.Equal(fixture.Time.GetUtcNow().AddSeconds(30), wrapping.WrapUpEndsAt);
        await agent.SaveWrapUp(callId, "follow-up", "call back Monday");

        _center.Advance(TimeSpan.FromSeconds(29));
        await agent.EvaluateTimers();
        Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(agentId));
        _center.Advance(TimeSpan.FromSeconds(1));
        await agent.EvaluateTimers();

        var after = await agent.GetSnapshot();
        Assert.Equal((AgentPresence.Ready, 1, 30d), (after.Presence, after.Counters.Handled, after.Counters.WrapUpSeconds));
        var done = await _center.Snapshot(callId);
        Assert.Equal((InteractionStatus.Completed, "follow-up", "call back Monday"), (done.Status, done.WrapUpCode, done.Notes));
        Assert.Contains("wrap-up time (30 s) ran out; completed automatically with the code chosen so far", done.Timeline[^1].Detail);
    }

    [Fact]
    public async Task Without_a_chosen_code_the_wrap_up_limit_completes_without_one_and_says_so()
    {
        var (agentId, callId) = await InWrapUp(10);
        _center.Advance(TimeSpan.FromSeconds(10));
        await _center.Agent(agentId).EvaluateTimers();
        var done = await _center.Snapshot(callId);
        Assert.Equal((InteractionStatus.Completed, (string?)null), (done.Status, done.WrapUpCode));
        Assert.EndsWith("completed automatically without a code", done.Timeline[^1].Detail);
    }

    [Fact]
    public async Task Not_ready_chosen_during_wrap_up_is_kept_when_the_limit_ends_it()
    {
        var (agentId, callId) = await InWrapUp(20);
        var agent = _center.Agent(agentId);
        Assert.Equal(AgentPresence.WrapUp, (await agent.SetNotReady("Lunch")).Presence);
        _center.Advance(TimeSpan.FromSeconds(20));
        await agent.EvaluateTimers();
        var after = await agent.GetSnapshot();
        Assert.Equal((AgentPresence.NotReady, "Lunch"), (after.Presence, after.NotReadyReason));
        Assert.Equal(InteractionStatus.Completed, (await _center.Snapshot(callId)).Status);
    }

    [Fact]
    public async Task Without_a_limit_wrap_up_lasts_until_the_agent_completes()
    {
        var (agentId, _) = await InWrapUp(null);
        Assert.Null((await _center.Agent(agentId).GetSnapshot()).Work.Single().WrapUpEndsAt);
        _center.Advance(TimeSpan.FromHours(2));
        await _center.Agent(agentId).EvaluateTimers();
        Assert.Equal(AgentPresence.WrapUp, await _center.PresenceOf(agentId));
    }

    [Fact]
    public async Task Saving_a_wrap_up_code_for_work_the_agent_does_not_hold_is_refused()
    {
        var (agentId, _) = await InWrapUp(null);
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agentId).SaveWrapUp("nothing-here", "resolved", null));
        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }
}
