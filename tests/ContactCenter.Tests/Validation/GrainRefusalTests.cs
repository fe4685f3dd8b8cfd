using ContactCenter.Grains.Routing;

namespace ContactCenter.Tests.Validation;

/// <summary>
/// The owning grain refuses poison whoever calls it (the API, a page, the load tool), and a refusal changes nothing.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainRefusalTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private static async Task<ContactCenterException> Refused(Func<Task> call, string field)
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(call);
        Assert.Equal((ErrorKind.Invalid, field), (error.Kind, error.Field));
        return error;
    }

    public static TheoryData<string, Func<PriorityWeights, PriorityWeights>> PoisonWeights => new()
    {
        { "weights.base", w => w with { Base = double.NaN } },
        { "weights.tier", w => w with { Tier = double.PositiveInfinity } },
        { "weights.churnValue", w => w with { ChurnValue = -1 } },
        { "weights.agingPerSecond", w => w with { AgingPerSecond = 1e300 } },
        { "weights.slaMargin", w => w with { SlaMargin = double.MaxValue } },
    };

    [Theory]
    [MemberData(nameof(PoisonWeights))]
    public async Task A_queue_refuses_weights_that_could_break_scoring_and_keeps_its_configuration(string field, Func<PriorityWeights, PriorityWeights> poison)
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var before = await _center.Queue(queue).GetConfig();
        await Refused(() => _center.Queue(queue).Configure(before with { Weights = poison(before.Weights) }), field);
        Assert.Equal(before.Weights, (await _center.Queue(queue).GetConfig()).Weights);
    }

    [Fact]
    public async Task A_new_queue_with_poisoned_retention_is_never_stored()
    {
        var id = CenterBuilder.Key("q");
        var config = CenterBuilder.QueueConfigFor(id, new SkillRequirement(CenterBuilder.Skill("billing"), 1))
            with { Retention = new RetentionPreference(MinValue: double.PositiveInfinity) };
        await Refused(() => _center.Queue(id).Configure(config), "retention.minValue");
        var missing = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Queue(id).GetConfig());
        Assert.Equal(ErrorKind.NotFound, missing.Kind);
    }

    [Fact]
    public void The_largest_weights_and_waits_still_score_finitely()
    {
        var max = QueueConfig.MaxWeight;
        var config = CenterBuilder.QueueConfigFor("q", new SkillRequirement("s", 1))
            with { Weights = new PriorityWeights(max, max, max, max, max), ServiceLevel = new ServiceLevelTarget(80, 1) };
        var arrived = DateTimeOffset.UnixEpoch;
        var entry = new QueueEntry("i", "q", Channel.Voice, null, NewInteraction.MaxPriority, ValueTier.Platinum, CustomerProfile.MaxLifetimeValue, 1, [],
            arrived, arrived, false, 0);
        var score = PriorityScore.Of(entry, config, arrived.AddYears(100));
        Assert.True(double.IsFinite(score.Total), $"{score.Total}");
    }

    [Fact]
    public async Task A_queue_refuses_to_overflow_into_a_queue_that_does_not_exist()
    {
        var id = CenterBuilder.Key("q");
        var config = CenterBuilder.QueueConfigFor(id, new SkillRequirement(CenterBuilder.Skill("billing"), 1))
            with { Overflow = new OverflowTarget(OverflowKind.Queue, CenterBuilder.Key("missing")) };
        await Refused(() => _center.Queue(id).Configure(config), "overflow.queueId");
        Assert.DoesNotContain(await _center.Grains.GetGrain<IRoutingDirectoryGrain>("center").GetQueues(), q => q.QueueId == id);
    }

    [Fact]
    public async Task An_agent_refuses_duplicate_skills_naming_the_repeat_and_keeps_its_profile()
    {
        var skill = CenterBuilder.Skill("billing");
        var agent = await _center.NewAgent((skill, 5));
        var before = (await _center.Agent(agent).GetSnapshot()).Profile;
        var skills = Enumerable.Range(0, 3).Select(_ => new SkillLevel(skill, 7)).ToArray();
        await Refused(() => _center.Agent(agent).Configure(before with { Skills = skills }), "skills[1].skill");
        await Refused(() => _center.Agent(agent).Configure(before with { Name = new string('x', 1_000_000) }), "name");
        await Refused(() => _center.Agent(agent).Configure(before with { Name = "A\0nn" }), "name");
        var after = (await _center.Agent(agent).GetSnapshot()).Profile;
        Assert.Equal((before.Name, 5), (after.Name, after.Skills.Single().Proficiency));
    }

    [Fact]
    public async Task An_agent_refuses_a_huge_not_ready_reason_and_stays_as_it_was()
    {
        var agent = await _center.NewAgent((CenterBuilder.Skill("billing"), 5));
        await Refused(() => _center.Agent(agent).SetNotReady(new string('r', 10_000)), "reason");
        Assert.Equal("login", (await _center.Agent(agent).GetSnapshot()).NotReadyReason);
    }

    [Fact]
    public async Task Completing_with_oversized_notes_or_a_bad_interaction_id_is_refused_before_anything()
    {
        var agent = await _center.NewAgent((CenterBuilder.Skill("billing"), 5));
        await Refused(() => _center.Agent(agent).Complete(" ", "resolved", null), "interactionId");
        await Refused(() => _center.Agent(agent).Complete(CenterBuilder.Key("call"), "resolved", new string('n', 100_000)), "notes");
        await Refused(() => _center.Agent(agent).Complete(CenterBuilder.Key("call"), "bad\0code", null), "wrapUpCode");
    }

    [Fact]
    public async Task The_directory_refuses_rules_for_unknown_queues_and_keeps_the_old_rules()
    {
        var directory = _center.Grains.GetGrain<IRoutingDirectoryGrain>("center");
        var before = await directory.GetEntryRules();
        await Refused(() => directory.SetEntryRules([new EntryRule("r", new Dictionary<string, string>(), null, CenterBuilder.Key("missing"), [])]),
            "rules[0].queueId");
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        await Refused(() => directory.SetEntryRules([new EntryRule("r", new Dictionary<string, string>(), null, queue, [new SkillRequirement("a b", 1)])]),
            "rules[0].extraSkills[0].skill");
        Assert.Equal(before.Count, (await directory.GetEntryRules()).Count);
    }

    [Theory]
    [InlineData("sec-repro-é")]
    [InlineData("a\\..\\b")]
    [InlineData("a;b")]
    public async Task An_interaction_with_a_bad_key_is_never_created(string id)
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        await Refused(() => _center.Interaction(id).Create(new NewInteraction(Channel.Voice, null, null, new Dictionary<string, string>(), null, queue)),
            "interactionId");
        Assert.Empty((await _center.Queue(queue).GetSnapshot()).Waiting);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("cust/with/slashes")]
    public async Task An_interaction_for_a_hostile_customer_id_is_refused_and_no_customer_appears(string customerId)
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        await Refused(() => _center.Interaction(CenterBuilder.Key("call"))
            .Create(new NewInteraction(Channel.Voice, customerId, null, new Dictionary<string, string>(), null, queue)), "customerId");
        Assert.Empty((await _center.Queue(queue).GetSnapshot()).Waiting);
        await Refused(() => _center.Customer(customerId).AppendContact(
            new ContactRecord(CenterBuilder.Key("call"), Channel.Voice, queue, DateTimeOffset.UnixEpoch, InteractionStatus.Completed, null, 1, null, null)),
            "customerId");
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<ContactCenterException>(() => _center.Customer(customerId).GetSnapshot())).Kind);
    }

    [Fact]
    public async Task A_retry_of_the_same_create_returns_the_interaction_and_a_different_one_is_a_conflict()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("billing"));
        var id = CenterBuilder.Key("call");
        var request = new NewInteraction(Channel.Chat, null, "+15550100", new Dictionary<string, string> { ["intent"] = "billing" }, 2, queue);
        var first = await _center.Interaction(id).Create(request);
        var retry = await _center.Interaction(id).Create(request with { Attributes = new Dictionary<string, string> { ["INTENT"] = "billing" } });
        Assert.Equal((first.InteractionId, first.CreatedAt, first.QueueId), (retry.InteractionId, retry.CreatedAt, retry.QueueId));
        Assert.Single((await _center.Queue(queue).GetSnapshot()).Waiting);

        var conflict = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(id).Create(request with { BasePriority = 3 }));
        Assert.Equal(ErrorKind.Conflict, conflict.Kind);
        Assert.Contains(id, conflict.Message);
    }
}
