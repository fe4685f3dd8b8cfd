namespace ContactCenter.Tests.Routing;

[Collection(ClusterCollection.Name)]
public sealed class WideningAndOverflowTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task After_a_widening_step_a_less_proficient_agent_qualifies()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill, 6, c => c with { Widening = [new WideningStep(30, LowerProficiencyBy: 3)] });
        var agent = await _center.ReadyAgent((skill, 3));
        var call = await _center.Arrive(queue);
        Assert.Equal(InteractionStatus.Queued, call.Status);

        _center.Advance(TimeSpan.FromSeconds(31));
        await _center.Queue(queue).Evaluate();
        var offered = await _center.Snapshot(call.InteractionId);
        Assert.Equal(agent, offered.AgentId);
        Assert.Equal("timer", offered.Decisions[^1].Trigger);
        Assert.Equal(3, offered.Decisions[^1].Requirements.Single().MinProficiency);
    }

    [Fact]
    public async Task After_a_widening_step_a_backup_skill_qualifies()
    {
        var skill = CenterBuilder.Skill("tech");
        var backup = CenterBuilder.Skill("general");
        var queue = await _center.NewQueue(skill, 5, c => c with { Widening = [new WideningStep(60, BackupSkill: new SkillRequirement(backup, 4))] });
        var generalist = await _center.ReadyAgent((backup, 6));
        var call = await _center.Arrive(queue);
        _center.Advance(TimeSpan.FromSeconds(59));
        await _center.Queue(queue).Evaluate();
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(call.InteractionId)).Status);
        _center.Advance(TimeSpan.FromSeconds(2));
        await _center.Queue(queue).Evaluate();
        Assert.Equal(generalist, (await _center.Snapshot(call.InteractionId)).AgentId);
    }

    [Fact]
    public async Task At_the_maximum_wait_an_interaction_overflows_to_another_queue_keeping_its_arrival_time()
    {
        var skill = CenterBuilder.Skill("billing");
        var target = await _center.NewQueue(CenterBuilder.Skill("general"));
        var queue = await _center.NewQueue(skill, 1, c => c with { MaxWaitSeconds = 120, Overflow = new OverflowTarget(OverflowKind.Queue, target) });
        var call = await _center.Arrive(queue);
        _center.Advance(TimeSpan.FromSeconds(119));
        await _center.Queue(queue).Evaluate();
        Assert.Single((await _center.Queue(queue).GetSnapshot()).Waiting);

        _center.Advance(TimeSpan.FromSeconds(1));
        await _center.Queue(queue).Evaluate();
        var moved = await Eventually.Until(() => _center.Queue(target).GetSnapshot(), s => s.Waiting.Count == 1, "the overflowed call in the target queue");
        Assert.Equal(call.InteractionId, moved.Waiting[0].InteractionId);
        Assert.Equal(120, moved.Waiting[0].WaitSeconds, 3);
        var snapshot = await _center.Snapshot(call.InteractionId);
        Assert.Equal((InteractionStatus.Queued, target, call.CreatedAt), (snapshot.Status, snapshot.QueueId, snapshot.Entry!.ArrivedAt));
        Assert.Equal(1, (await _center.Queue(queue).GetSnapshot()).Stats.OverflowedOut);
    }

    [Fact]
    public async Task Overflow_to_callback_ends_the_interaction_as_callback_scheduled()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"), 1, c => c with { MaxWaitSeconds = 60, Overflow = new OverflowTarget(OverflowKind.Callback) });
        var call = await _center.Arrive(queue);
        _center.Advance(TimeSpan.FromSeconds(60));
        await _center.Queue(queue).Evaluate();
        Assert.Equal(InteractionStatus.CallbackScheduled, (await _center.Snapshot(call.InteractionId)).Status);
    }

    [Fact]
    public async Task A_second_overflow_ends_as_overflowed_instead_of_bouncing_between_queues()
    {
        var first = CenterBuilder.Key("q");
        var second = CenterBuilder.Key("q");
        // A queue may only overflow into a queue that exists, so the cycle is closed by configuring the first one again.
        var firstConfig = CenterBuilder.QueueConfigFor(first, new SkillRequirement(CenterBuilder.Skill("a"), 1)) with { MaxWaitSeconds = 60 };
        await _center.Queue(first).Configure(firstConfig);
        await _center.Queue(second).Configure(CenterBuilder.QueueConfigFor(second, new SkillRequirement(CenterBuilder.Skill("b"), 1))
            with { MaxWaitSeconds = 60, Overflow = new OverflowTarget(OverflowKind.Queue, first) });
        await _center.Queue(first).Configure(firstConfig with { Overflow = new OverflowTarget(OverflowKind.Queue, second) });
        var call = await _center.Arrive(first);
        _center.Advance(TimeSpan.FromSeconds(60));
        await _center.Queue(first).Evaluate();
        await Eventually.Until(() => _center.Snapshot(call.InteractionId), s => s.QueueId == second, "the first overflow");
        await Eventually.Until(() => _center.Queue(second).GetSnapshot(), s => s.Waiting.Count == 1, "arrival in the second queue");
        _center.Advance(TimeSpan.FromSeconds(60));
        await _center.Queue(second).Evaluate();
        var ended = await _center.Snapshot(call.InteractionId);
        Assert.Equal(InteractionStatus.Overflowed, ended.Status);
        Assert.Single(ended.Timeline, e => e.Status.IsTerminal());
    }

    [Fact]
    public async Task With_no_overflow_target_an_interaction_keeps_waiting_past_the_maximum()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"), 1, c => c with { MaxWaitSeconds = 30 });
        var call = await _center.Arrive(queue);
        _center.Advance(TimeSpan.FromSeconds(300));
        await _center.Queue(queue).Evaluate();
        Assert.Equal(InteractionStatus.Queued, (await _center.Snapshot(call.InteractionId)).Status);
    }
}
