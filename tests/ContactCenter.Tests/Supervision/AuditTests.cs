namespace ContactCenter.Tests.Supervision;

/// <summary>Each owning grain audits its changes: who (from the RequestContext), when, old → new.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AuditTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task A_skill_change_is_audited_with_the_actor_and_old_and_new_values()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = await _center.NewAgent((skill, 3));

        Actor.Set("ann.supervisor");
        try { await _center.Agent(agent).SetSkill(skill, 8); }
        finally { Actor.Set(null); }

        var entry = (await _center.Agent(agent).GetAudit())[0];
        Assert.Equal(("ann.supervisor", AuditActions.SetSkill, skill, "3", "8"), (entry.By, entry.Action, entry.Field, entry.Old, entry.New));
        Assert.Equal(fixture.Time.GetUtcNow(), entry.At);
    }

    [Fact]
    public async Task Without_an_actor_the_change_is_by_system()
    {
        var agent = await _center.NewAgent((CenterBuilder.Skill("billing"), 3));
        var created = (await _center.Agent(agent).GetAudit()).Single();
        Assert.Equal((Actor.System, AuditActions.Create), (created.By, created.Action));
    }

    [Fact]
    public async Task A_refused_change_adds_nothing_to_the_audit()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = await _center.NewAgent((skill, 3));
        var queue = await _center.NewQueue(skill);
        var agentBefore = await _center.Agent(agent).GetAudit();
        var queueBefore = await _center.Queue(queue).GetAudit();

        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).SetSkill(skill, 11));
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).RemoveSkill(skill));
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).Retire());
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(queue).ChangeTargets(new QueueTargetsChange(Percent: 150)));

        Assert.Equal(agentBefore, await _center.Agent(agent).GetAudit());
        Assert.Equal(queueBefore, await _center.Queue(queue).GetAudit());
    }

    [Fact]
    public async Task Target_changes_forced_presence_and_retirement_are_audited_by_their_owning_grains()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.NewAgent((skill, 5));
        Actor.Set("sam");
        try
        {
            await _center.Queue(queue).ChangeTargets(new QueueTargetsChange(Percent: 90, MaxWaitSeconds: 120));
            await _center.Agent(agent).Force(AgentPresence.Ready, "queue is long");
            await _center.Agent(agent).Force(AgentPresence.LoggedOut, "end of shift");
            await _center.Agent(agent).Retire();
            await _center.Queue(queue).Retire();
        }
        finally { Actor.Set(null); }

        var queueAudit = await _center.Queue(queue).GetAudit();
        Assert.Equal(
            [(AuditActions.Retire, "queue", "active", "retired"), (AuditActions.Targets, "maxWaitSeconds", "300", "120"), (AuditActions.Targets, "serviceLevel.percent", "80", "90")],
            queueAudit.Take(3).Select(e => (e.Action, e.Field, e.Old, e.New)).ToArray());
        Assert.All(queueAudit.Take(3), e => Assert.Equal("sam", e.By));
        var agentAudit = await _center.Agent(agent).GetAudit();
        Assert.Equal(
            [(AuditActions.Retire, "active", "retired"), (AuditActions.ForcePresence, "Ready", "LoggedOut (end of shift)"), (AuditActions.ForcePresence, "NotReady", "Ready (queue is long)")],
            agentAudit.Take(3).Select(e => (e.Action, e.Old, e.New)).ToArray());
    }

    [Fact]
    public async Task The_audit_keeps_the_newest_500_entries()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = await _center.NewAgent((skill, 1));
        for (var i = 0; i < 260; i++)
        {
            await _center.Agent(agent).SetSkill(skill, 2);
            await _center.Agent(agent).SetSkill(skill, 3);
        }
        var audit = await _center.Agent(agent).GetAudit();
        Assert.Equal(500, audit.Count);
        Assert.Equal(("2", "3"), (audit[0].Old, audit[0].New));
    }

    [Fact]
    public async Task Entry_rule_changes_are_audited_by_name()
    {
        var directory = _center.Grains.GetGrain<IRoutingDirectoryGrain>("center");
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var name = CenterBuilder.Key("rule");
        Actor.Set("ada.admin");
        try
        {
            await directory.SetEntryRules([new EntryRule(name, new Dictionary<string, string> { ["intent"] = "billing" }, null, queue, [])]);
            await directory.RetireEntryRule(name);
        }
        finally { Actor.Set(null); }
        var audit = (await directory.GetEntryRuleAudit()).Where(e => e.Field == name).ToList();
        Assert.Equal([(AuditActions.Retire, "ada.admin"), (AuditActions.EntryRule, "ada.admin")], audit.Select(e => (e.Action, e.By)).ToArray());
        Assert.Null(audit[1].Old);
        Assert.Equal($"intent=billing → {queue}", audit[1].New);
    }
}
