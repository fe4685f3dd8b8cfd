namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_new_interaction_without_a_channel_is_refused_naming_channel()
    {
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", new { attributes = new { intent = "billing" } }), "channel");
    }

    [Fact]
    public async Task An_unknown_channel_value_is_refused_naming_channel()
    {
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", """{"channel":"Fax","queueId":"x"}"""), "channel");
    }

    [Fact]
    public async Task An_interaction_matching_no_rule_is_refused_naming_attributes()
    {
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", new { channel = "Voice", attributes = new { intent = ApiClient.Key("x") } }), "attributes");
    }

    [Fact]
    public async Task A_transfer_needs_exactly_one_target()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var created = await _api.Post("/api/interactions", new { channel = "Voice", queueId = queue });
        var id = created.Body!["interactionId"]!.GetValue<string>();
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{id}/transfer", new { queueId = " " }), "queueId");
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{id}/transfer", new { queueId = queue, agentId = "a" }), "agentId");
        Assert.Equal("Queued", (await _api.Get($"/api/interactions/{id}")).Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_agent_profile_is_refused_naming_the_field_and_the_stored_profile_is_kept()
    {
        var skill = ApiClient.Key("billing");
        var agent = await _api.NewAgent(skill, 5);
        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{agent}", new { name = "Ann", skills = new[] { new { skill, proficiency = 11 } } }),
            "skills[0].proficiency");
        var stored = (await _api.Get($"/api/agents/{agent}")).Body!;
        Assert.Equal(5, stored["profile"]!["skills"]![0]!["proficiency"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_bad_queue_is_refused_naming_the_nested_field()
    {
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{ApiClient.Key("q")}", new
        {
            name = "Billing", requiredSkills = new[] { new { skill = "billing", minProficiency = 3 } },
            serviceLevel = new { percent = 0, thresholdSeconds = 20 }, maxWaitSeconds = 300,
        }), "serviceLevel.percent");
    }

    [Fact]
    public async Task A_not_ready_without_a_reason_is_refused_naming_reason()
    {
        var agent = await _api.NewAgent(ApiClient.Key("billing"));
        await _api.Post($"/api/agents/{agent}/login");
        ApiClient.AssertFieldError(await _api.Post($"/api/agents/{agent}/not-ready", new { reason = "" }), "reason");
    }
}
