namespace ContactCenter.Tests.Interactions;

[Collection(ClusterCollection.Name)]
public sealed class EntryRuleTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    /// <summary>Entry rules live in the shared directory, so each test matches on an attribute unique to it.</summary>
    [Fact]
    public async Task Ivr_attributes_choose_the_queue_and_add_the_rule_skills()
    {
        var billing = CenterBuilder.Skill("billing");
        var spanish = CenterBuilder.Skill("spanish");
        var queue = await _center.NewQueue(billing);
        var tag = CenterBuilder.Key("campaign");
        var directory = _center.Grains.GetGrain<IRoutingDirectoryGrain>("center");
        await directory.SetEntryRules([
            new EntryRule("billing es", new Dictionary<string, string> { ["campaign"] = tag, ["language"] = "es" }, null, queue, [new SkillRequirement(spanish, 5)]),
            new EntryRule("billing", new Dictionary<string, string> { ["campaign"] = tag }, null, queue, []),
        ]);
        var englishOnly = await _center.ReadyAgent((billing, 9));

        var es = await _center.Interaction(CenterBuilder.Key("call")).Create(
            new NewInteraction(Channel.Voice, null, null, new Dictionary<string, string> { ["campaign"] = tag, ["language"] = "ES" }));
        Assert.Equal((queue, InteractionStatus.Queued), (es.QueueId, es.Status));
        var en = await _center.Interaction(CenterBuilder.Key("call")).Create(
            new NewInteraction(Channel.Voice, null, null, new Dictionary<string, string> { ["campaign"] = tag, ["language"] = "en" }));
        Assert.Equal(englishOnly, en.AgentId);

        var bilingual = await _center.ReadyAgent((billing, 5), (spanish, 6));
        Assert.Equal(bilingual, (await _center.Snapshot(es.InteractionId)).AgentId);
    }

    [Fact]
    public async Task Without_a_matching_rule_or_a_queue_id_creation_is_refused_naming_the_attributes()
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Interaction(CenterBuilder.Key("call"))
            .Create(new NewInteraction(Channel.Voice, null, null, new Dictionary<string, string> { ["campaign"] = CenterBuilder.Key("none") })));
        Assert.Equal((ErrorKind.Invalid, "attributes"), (error.Kind, error.Field));
    }
}
