namespace ContactCenter.Tests.Routing;

[Collection(ClusterCollection.Name)]
public sealed class SkillMatchingTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task Offer_goes_to_the_most_proficient_agent_with_the_skill()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill, 4);
        var novice = await _center.ReadyAgent((skill, 5));
        var expert = await _center.ReadyAgent((skill, 9));
        var call = await _center.Arrive(queue);
        Assert.Equal(expert, call.AgentId);
        var decision = call.Decisions.Single();
        Assert.Equal("arrival", decision.Trigger);
        Assert.Equal([expert, novice], decision.Candidates.Where(c => c.Eligible).Select(c => c.AgentId));
        Assert.Equal(9, decision.Candidates[0].Proficiency);
    }

    [Fact]
    public async Task Offer_goes_to_the_longest_idle_agent_when_proficiency_ties()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var earlier = await _center.ReadyAgent((skill, 6));
        _center.Advance(TimeSpan.FromSeconds(30));
        await _center.ReadyAgent((skill, 6));
        var call = await _center.Arrive(queue);
        Assert.Equal(earlier, call.AgentId);
        Assert.Equal(30, call.Decisions.Single().Candidates[0].IdleSeconds, 3);
    }

    [Fact]
    public async Task Agents_below_the_minimum_or_without_the_skill_never_get_the_work()
    {
        var skill = CenterBuilder.Skill("billing");
        var other = CenterBuilder.Skill("sales");
        var queue = await _center.NewQueue(skill, 6);
        var weak = await _center.ReadyAgent((skill, 5));
        await _center.ReadyAgent((other, 10));
        var call = await _center.Arrive(queue);
        Assert.Equal(InteractionStatus.Queued, call.Status);
        Assert.Equal(AgentPresence.Ready, await _center.PresenceOf(weak));
        var strong = await _center.ReadyAgent((skill, 6));
        Assert.Equal(strong, (await _center.Snapshot(call.InteractionId)).AgentId);
    }

    [Fact]
    public async Task The_decision_record_can_be_read_back_and_explains_the_choice()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.ReadyAgent((skill, 7));
        var call = await _center.Arrive(queue, await _center.NewCustomer(25_000));
        var decision = (await _center.Snapshot(call.InteractionId)).Decisions.Single();
        Assert.Equal((call.InteractionId, queue, agent), (decision.InteractionId, decision.QueueId, decision.AgentId));
        Assert.Contains(agent, decision.Reason);
        Assert.Equal(skill, decision.Requirements.Single().Skill);
        Assert.Equal(PriorityWeights.Default.Tier * (int)ValueTier.Platinum, decision.Score.Tier);
    }
}
