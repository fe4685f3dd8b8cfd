namespace ContactCenter.Tests.Desktop;

[Collection(ClusterCollection.Name)]
public sealed class OfferNoticeTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task An_offer_withdrawn_because_the_caller_hung_up_tells_the_agent_why()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agentId = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        await _center.Interaction(call.InteractionId).Abandon();
        var notice = (await _center.Agent(agentId).GetSnapshot()).Notice!;
        Assert.Equal((call.InteractionId, queue, AgentNotice.Withdrawn, "caller hung up"), (notice.InteractionId, notice.QueueId, notice.Kind, notice.Reason));
    }

    [Fact]
    public async Task A_missed_offer_says_how_long_the_agent_had()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill, 1, c => c with { OfferTimeoutSeconds = 15 });
        var agentId = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        _center.Advance(TimeSpan.FromSeconds(15));
        await _center.Agent(agentId).EvaluateTimers();
        var agent = await _center.Agent(agentId).GetSnapshot();
        Assert.Equal((AgentNotice.Missed, "you did not answer in 15 s", call.InteractionId), (agent.Notice!.Kind, agent.Notice.Reason, agent.Notice.InteractionId));
    }

    [Fact]
    public async Task The_next_offer_clears_the_notice()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agentId = await _center.ReadyAgent((skill, 5));
        await _center.Interaction((await _center.Arrive(queue)).InteractionId).Abandon();
        await _center.Arrive(queue);
        var agent = await Eventually.Until(() => _center.Agent(agentId).GetSnapshot(), a => a.Presence == AgentPresence.Reserved, "the next offer");
        Assert.Null(agent.Notice);
    }
}
