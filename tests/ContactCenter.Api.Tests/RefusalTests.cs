using System.Net;

namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class RefusalTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    [Theory]
    [InlineData("GET", "/api/interactions/{id}")]
    [InlineData("GET", "/api/interactions/{id}/decision")]
    [InlineData("POST", "/api/interactions/{id}/abandoned")]
    [InlineData("GET", "/api/agents/{id}")]
    [InlineData("POST", "/api/agents/{id}/login")]
    [InlineData("GET", "/api/queues/{id}")]
    public async Task Unknown_ids_get_404(string method, string path)
    {
        var response = await _api.Send(new HttpMethod(method), path.Replace("{id}", ApiClient.Key("missing")), method == "POST" ? new { } : null);
        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Contains("does not exist", response.Body!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_while_logged_out_is_a_409_naming_both_states_and_changes_nothing()
    {
        var agent = await _api.NewAgent(ApiClient.Key("billing"));
        var refused = await _api.Post($"/api/agents/{agent}/ready");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("LoggedOut", refused.Body!["detail"]!.GetValue<string>());
        Assert.Equal("LoggedOut", (await _api.Get($"/api/agents/{agent}")).Body!["presence"]!.GetValue<string>());
    }

    [Fact]
    public async Task Abandoning_an_answered_call_is_a_409_and_the_call_stays_connected()
    {
        var skill = ApiClient.Key("billing");
        var queue = await _api.NewQueue(skill);
        var agent = await _api.NewAgent(skill);
        await _api.Post($"/api/agents/{agent}/login");
        await _api.Post($"/api/agents/{agent}/ready");
        var id = (await _api.Post("/api/interactions", new { channel = "Voice", queueId = queue })).Body!["interactionId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/interactions/{id}/answered")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Post($"/api/interactions/{id}/abandoned")).Status);
        Assert.Equal("Connected", (await _api.Get($"/api/interactions/{id}")).Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_create_with_the_same_id_and_a_different_request_is_a_409_naming_the_id()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var id = ApiClient.Key("call");
        Assert.Equal(HttpStatusCode.Created, (await _api.Post("/api/interactions", new { interactionId = id, channel = "Chat", queueId = queue })).Status);
        var conflict = await _api.Post("/api/interactions", new { interactionId = id, channel = "Voice", queueId = queue });
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains(id, conflict.Body!["detail"]!.GetValue<string>());
    }
}
