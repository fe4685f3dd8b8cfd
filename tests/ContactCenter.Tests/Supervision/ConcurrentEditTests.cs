namespace ContactCenter.Tests.Supervision;

/// <summary>Two supervisors editing one entity at once: each edit is one grain operation, so neither is lost.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcurrentEditTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task Two_concurrent_edits_of_different_skills_of_one_agent_both_survive()
    {
        var (a, b, c) = (CenterBuilder.Skill("billing"), CenterBuilder.Skill("sales"), CenterBuilder.Skill("tech"));
        var agent = await _center.NewAgent((a, 3), (b, 3));

        await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => i % 2 == 0
                ? _center.Agent(agent).SetSkill(a, 7)
                : _center.Agent(agent).SetSkill(c, 4)));

        var skills = (await _center.Agent(agent).GetSnapshot()).Profile.Skills.ToDictionary(s => s.Skill, s => s.Proficiency);
        Assert.Equal(new Dictionary<string, int> { [a] = 7, [b] = 3, [c] = 4 }, skills);
    }

    [Fact]
    public async Task A_concurrent_skill_removal_and_skill_change_both_survive()
    {
        var (a, b, c) = (CenterBuilder.Skill("billing"), CenterBuilder.Skill("sales"), CenterBuilder.Skill("tech"));
        var agent = await _center.NewAgent((a, 3), (b, 3), (c, 3));

        await Task.WhenAll(_center.Agent(agent).RemoveSkill(b), _center.Agent(agent).SetSkill(c, 9));

        var skills = (await _center.Agent(agent).GetSnapshot()).Profile.Skills.ToDictionary(s => s.Skill, s => s.Proficiency);
        Assert.Equal(new Dictionary<string, int> { [a] = 3, [c] = 9 }, skills);
    }

    [Fact]
    public async Task Service_level_and_maximum_wait_changed_by_two_callers_at_once_both_survive()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));

        await Task.WhenAll(
            _center.Queue(queue).ChangeTargets(new QueueTargetsChange(Percent: 90, ThresholdSeconds: 30)),
            _center.Queue(queue).ChangeTargets(new QueueTargetsChange(MaxWaitSeconds: 120)),
            _center.Queue(queue).ChangeTargets(new QueueTargetsChange(ChangeWrapUp: true, WrapUpSeconds: 60)));

        var config = await _center.Queue(queue).GetConfig();
        Assert.Equal((90.0, 30, 120, (int?)60), (config.ServiceLevel.Percent, config.ServiceLevel.ThresholdSeconds, config.MaxWaitSeconds, config.WrapUpSeconds));
    }

    [Fact]
    public async Task SetServiceLevel_sets_target_and_maximum_wait_in_one_operation()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var snapshot = await _center.Queue(queue).SetServiceLevel(new ServiceLevelTarget(95, 10), 60);
        Assert.Equal((95.0, 10, 60), (snapshot.Config.ServiceLevel.Percent, snapshot.Config.ServiceLevel.ThresholdSeconds, snapshot.Config.MaxWaitSeconds));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-3)]
    public async Task A_proficiency_out_of_range_is_refused_not_clamped(int proficiency)
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = await _center.NewAgent((skill, 5));
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).SetSkill(skill, proficiency));
        Assert.Equal((ErrorKind.Invalid, "proficiency"), (refused.Kind, refused.Field));
        Assert.Equal(5, (await _center.Agent(agent).GetSnapshot()).Profile.Skills.Single().Proficiency);
    }

    [Fact]
    public async Task Removing_the_last_skill_is_refused()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = await _center.NewAgent((skill, 5));
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).RemoveSkill(skill));
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Contains("last skill", refused.Message);
        Assert.Single((await _center.Agent(agent).GetSnapshot()).Profile.Skills);
    }

    [Theory]
    [InlineData(150.0, null, null, "serviceLevel.percent")]
    [InlineData(0.0, null, null, "serviceLevel.percent")]
    [InlineData(null, 0, null, "serviceLevel.thresholdSeconds")]
    [InlineData(null, null, 0, "maxWaitSeconds")]
    public async Task Invalid_targets_are_refused_naming_the_field_and_nothing_changes(double? percent, int? threshold, int? maxWait, string field)
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var before = await _center.Queue(queue).GetConfig();
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() =>
            _center.Queue(queue).ChangeTargets(new QueueTargetsChange(percent, threshold, maxWait)));
        Assert.Equal((ErrorKind.Invalid, field), (refused.Kind, refused.Field));
        var after = await _center.Queue(queue).GetConfig();
        Assert.Equal((before.ServiceLevel, before.MaxWaitSeconds), (after.ServiceLevel, after.MaxWaitSeconds));
    }

    [Fact]
    public async Task A_skill_change_reaches_routing_at_once()
    {
        var skill = CenterBuilder.Skill("billing");
        var other = CenterBuilder.Skill("sales");
        var queue = await _center.NewQueue(skill, min: 5);
        var agent = await _center.ReadyAgent((other, 5));
        var call = await _center.Arrive(queue);
        Assert.Null(call.AgentId);

        await _center.Agent(agent).SetSkill(skill, 6);

        Assert.Equal(agent, (await _center.Snapshot(call.InteractionId)).AgentId);
    }
}
