using System.Net;

namespace ContactCenter.Api.Tests;

/// <summary>Bodies that are not what the API expects: broken JSON, wrong types, nulls, odd ids.</summary>
[Collection(ApiCollection.Name)]
public sealed class BodyShapeTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Truncated_json_is_refused_naming_the_body()
    {
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", """{"channel": "Voice", """), "body");
    }

    [Fact]
    public async Task A_missing_body_is_refused_naming_the_body()
    {
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", "null"), "body");
    }

    [Fact]
    public async Task A_wrongly_typed_nested_value_is_refused_naming_its_path()
    {
        var agent = ApiClient.Key("agent");
        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{agent}", """{"name":"Ann","skills":[{"skill":"billing","proficiency":"high"}]}"""),
            "skills[0].proficiency");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/agents/{agent}")).Status);
    }

    [Fact]
    public async Task A_null_in_a_list_is_refused_naming_the_element()
    {
        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{ApiClient.Key("agent")}", """{"name":"Ann","skills":[null]}"""), "skills[0]");
    }

    [Fact]
    public async Task A_null_attribute_is_refused_naming_it()
    {
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", """{"channel":"Voice","attributes":{"intent":null}}"""), "attributes.intent");
    }

    [Fact]
    public async Task An_interaction_id_that_cannot_be_part_of_a_url_is_refused()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", new { interactionId = "a/b", channel = "Voice", queueId = queue }), "interactionId");
    }

    [Fact]
    public async Task An_entry_rule_to_an_unknown_queue_is_refused_and_the_rules_are_kept()
    {
        var before = (await _api.Get("/api/entry-rules")).Body!.ToJsonString();
        var rules = new[] { new { name = "r", match = new { intent = "x" }, queueId = ApiClient.Key("missing") } };
        ApiClient.AssertFieldError(await _api.Put("/api/entry-rules", rules), "rules[0].queueId");
        Assert.Equal(before, (await _api.Get("/api/entry-rules")).Body!.ToJsonString());
    }

    [Fact]
    public async Task A_bad_queue_update_keeps_the_stored_configuration()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}", new
        {
            name = "Renamed", requiredSkills = new[] { new { skill = "billing", minProficiency = 11 } },
            serviceLevel = new { percent = 80, thresholdSeconds = 20 }, maxWaitSeconds = 300,
        }), "requiredSkills[0].minProficiency");
        Assert.Equal("Billing", (await _api.Get($"/api/queues/{queue}")).Body!["config"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_without_a_json_content_type_gets_415_problem_details()
    {
        using var http = factory.CreateClient();
        using var response = await http.PostAsync("/api/interactions", new StringContent("""{"channel":"Voice"}"""));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
