namespace ContactCenter.Tests.Supervision;

/// <summary>Retiring queues, agents and entry rules: refused with the reason while work depends on them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RetireTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);
    private IRoutingDirectoryGrain Directory => _center.Grains.GetGrain<IRoutingDirectoryGrain>("center");

    [Fact]
    public async Task A_queue_with_a_waiting_interaction_cannot_be_retired()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        await _center.Arrive(queue);
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(queue).Retire());
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Contains("1 interaction(s) waiting", refused.Message);
        Assert.Contains((await Directory.GetQueues()), q => q.QueueId == queue);
    }

    [Fact]
    public async Task A_queue_whose_call_an_agent_holds_cannot_be_retired_and_names_the_agent()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        await _center.Agent(agent).Accept(call.InteractionId);

        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(queue).Retire());
        Assert.Contains(agent, refused.Message);
        Assert.Contains("hold", refused.Message);
    }

    [Fact]
    public async Task A_queue_another_queue_overflows_into_cannot_be_retired()
    {
        var target = await _center.NewQueue(CenterBuilder.Skill("general"));
        var source = await _center.NewQueue(CenterBuilder.Skill("premium"), configure: c => c with { Overflow = new OverflowTarget(OverflowKind.Queue, target) });
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(target).Retire());
        Assert.Contains($"'{source}' overflow into it", refused.Message);
    }

    [Fact]
    public async Task A_queue_an_entry_rule_routes_to_cannot_be_retired_until_the_rule_is_retired()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var name = CenterBuilder.Key("rule");
        await Directory.SetEntryRules([new EntryRule(name, new Dictionary<string, string> { ["intent"] = "x" }, null, queue, [])]);

        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(queue).Retire());
        Assert.Contains($"'{name}' route to it", refused.Message);

        await Directory.RetireEntryRule(name);
        await _center.Queue(queue).Retire();
        Assert.DoesNotContain(await Directory.GetQueues(), q => q.QueueId == queue);
        Assert.DoesNotContain(await Directory.GetEntryRules(), r => r.Name == name);
        Assert.Contains(await Directory.GetRetiredEntryRules(), r => r.Name == name);
    }

    [Fact]
    public async Task A_retired_queue_reads_as_retired_refuses_work_and_configuration_until_restored()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        await _center.Queue(queue).Retire();

        var read = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(queue).GetSnapshot());
        Assert.Equal(ErrorKind.NotFound, read.Kind);
        Assert.Contains("retired", read.Message);
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Arrive(queue));
        var reconfigure = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(queue).Configure(CenterBuilder.QueueConfigFor(queue, new SkillRequirement(skill, 1))));
        Assert.Equal(ErrorKind.Conflict, reconfigure.Kind);

        var restored = await _center.Queue(queue).Reinstate();
        Assert.Equal(queue, restored.Config.QueueId);
        Assert.Contains(await Directory.GetQueues(), q => q.QueueId == queue);
        var agent = await _center.ReadyAgent((skill, 5));
        Assert.Equal(agent, (await _center.Arrive(queue)).AgentId);
    }

    [Fact]
    public async Task A_logged_in_agent_cannot_be_retired()
    {
        var agent = await _center.NewAgent((CenterBuilder.Skill("billing"), 5));
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).Retire());
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Contains("logged in (NotReady)", refused.Message);
        Assert.Contains(agent, await Directory.GetAgents());
    }

    [Fact]
    public async Task An_agent_holding_work_cannot_be_retired_and_the_work_is_named()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.ReadyAgent((skill, 5));
        var call = await _center.Arrive(queue);
        var refused = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).Retire());
        Assert.Contains(call.InteractionId, refused.Message);
    }

    [Fact]
    public async Task A_retired_agent_leaves_the_directory_cannot_log_in_and_can_be_restored()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = await _center.NewAgent((skill, 5));
        await _center.Agent(agent).Logout();
        await _center.Agent(agent).Retire();

        Assert.DoesNotContain(agent, await Directory.GetAgents());
        var login = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).Login());
        Assert.Equal(ErrorKind.NotFound, login.Kind);
        Assert.Contains("retired", login.Message);
        var skillEdit = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).SetSkill(skill, 6));
        Assert.Contains("retired", skillEdit.Message);

        await _center.Agent(agent).Reinstate();
        Assert.Contains(agent, await Directory.GetAgents());
        Assert.Equal(AgentPresence.NotReady, (await _center.Agent(agent).Login()).Presence);
    }

    [Fact]
    public async Task Entry_rule_names_are_required_and_unique_and_a_retired_name_needs_a_restore()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var name = CenterBuilder.Key("rule");
        EntryRule Rule(string n) => new(n, new Dictionary<string, string>(), null, queue, []);

        var blank = await Assert.ThrowsAsync<ContactCenterException>(() => Directory.SetEntryRules([Rule(" ")]));
        Assert.Equal("rules[0].name", blank.Field);
        var twice = await Assert.ThrowsAsync<ContactCenterException>(() => Directory.SetEntryRules([Rule(name), Rule(name.ToUpperInvariant())]));
        Assert.Equal("rules[1].name", twice.Field);

        await Directory.SetEntryRules([Rule(name)]);
        await Directory.RetireEntryRule(name);
        var reuse = await Assert.ThrowsAsync<ContactCenterException>(() => Directory.SetEntryRules([Rule(name)]));
        Assert.Equal(ErrorKind.Conflict, reuse.Kind);
        await Directory.RestoreEntryRule(name);
        Assert.Contains(await Directory.GetEntryRules(), r => r.Name == name);
        await Directory.SetEntryRules([]);
    }
}
