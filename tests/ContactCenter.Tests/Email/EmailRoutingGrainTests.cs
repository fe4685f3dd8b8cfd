namespace ContactCenter.Tests.Email;

/// <summary>The routing rules grain: validation naming rules[i].field, queues that must exist, the audit, and intake using it.</summary>
[Collection(EmailClusterCollection.Name)]
public sealed class EmailRoutingGrainTests(EmailClusterFixture fixture)
{
    private readonly EmailWorld _world = new(fixture);
    private IEmailRoutingGrain Rules => _world.Grains.GetGrain<IEmailRoutingGrain>("center");

    [Fact]
    public async Task A_bad_rule_is_refused_naming_its_field_and_the_rules_stay_as_they_were()
    {
        var queue = await _world.RouteAllTo();
        var before = await Rules.Get();
        var good = new EmailRoutingRule("billing", "billing@center.example", [], [], queue, []);

        await Refused("rules[1].mailbox", new EmailRouting([good, good with { Name = "x", Mailbox = "not-mail" }], queue));
        await Refused("rules[0].subjectKeywords[0]", new EmailRouting([good with { SubjectKeywords = [" "] }], queue));
        await Refused("rules[0].queueId", new EmailRouting([good with { QueueId = "no-such-queue-" + Guid.NewGuid().ToString("N") }], queue));
        await Refused("rules[1].name", new EmailRouting([good, good with { Name = "BILLING" }], queue));
        await Refused("rules[0].extraSkills[0].minProficiency", new EmailRouting([good with { ExtraSkills = [new SkillRequirement("email", 0)] }], queue));
        await Refused("defaultQueueId", new EmailRouting([], "no-such-queue"));

        Assert.Equal(before.DefaultQueueId, (await Rules.Get()).DefaultQueueId);
        Assert.Equal(before.Rules.Count, (await Rules.Get()).Rules.Count);
    }

    [Fact]
    public async Task Replacing_the_rules_is_audited_by_actor_and_rule_and_intake_follows_them()
    {
        var fallback = await _world.RouteAllTo();
        var billing = await _world.Center.NewQueue(CenterBuilder.Skill("billing"));
        Actor.Set("sup-ann");
        await Rules.Put(new EmailRouting([new EmailRoutingRule("invoices", null, ["invoice"], [], billing, [], 40)], fallback));
        Actor.Set(null);

        var audit = (await Rules.GetAudit()).First();
        Assert.Equal(("sup-ann", AuditActions.EmailRule, "invoices", (string?)null), (audit.By, audit.Action, audit.Field, audit.Old));
        Assert.Contains("subject has invoice → " + billing, audit.New);

        var (_, email) = await _world.Customer();
        var routed = await _world.Receive(EmailWorld.Mail(email, "Wrong INVOICE amount"));
        Assert.Equal(billing, routed.QueueId);
        var entry = (await _world.Center.Snapshot(routed.InteractionId)).Entry!;
        Assert.Equal(40, entry.BasePriority);
        Assert.Equal(fallback, (await _world.Receive(EmailWorld.Mail(email, "Hello"))).QueueId);
    }

    private async Task Refused(string field, EmailRouting routing)
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => Rules.Put(routing));
        Assert.Equal((ErrorKind.Invalid, field), (error.Kind, error.Field));
    }
}
