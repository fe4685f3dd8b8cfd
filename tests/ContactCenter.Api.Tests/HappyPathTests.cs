using System.Net;

namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HappyPathTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task An_adapter_drives_a_call_from_arrival_to_completion()
    {
        var skill = ApiClient.Key("billing");
        var queue = await _api.NewQueue(skill);
        var agent = await _api.NewAgent(skill, 7);
        Assert.Equal("NotReady", (await _api.Post($"/api/agents/{agent}/login")).Body!["presence"]!.GetValue<string>());
        Assert.Equal("Ready", (await _api.Post($"/api/agents/{agent}/ready")).Body!["presence"]!.GetValue<string>());

        var created = await _api.Post("/api/interactions", new { channel = "Voice", callerId = "+15550100", queueId = queue, attributes = new { intent = "billing" } });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Body!["interactionId"]!.GetValue<string>();
        Assert.Equal(("Offered", agent), (created.Body["status"]!.GetValue<string>(), created.Body["agentId"]!.GetValue<string>()));

        var decision = await _api.Get($"/api/interactions/{id}/decision");
        Assert.Equal(agent, decision.Body!["agentId"]!.GetValue<string>());
        Assert.Equal(agent, decision.Body["candidates"]![0]!["agentId"]!.GetValue<string>());

        Assert.Equal("Busy", (await _api.Post($"/api/agents/{agent}/accept", new { interactionId = id })).Body!["presence"]!.GetValue<string>());
        Assert.Equal("WrapUp", (await _api.Post($"/api/interactions/{id}/ended")).Body!["status"]!.GetValue<string>());
        var done = await _api.Post($"/api/agents/{agent}/complete", new { interactionId = id, wrapUpCode = "resolved", notes = "paid" });
        Assert.Equal("Ready", done.Body!["presence"]!.GetValue<string>());
        Assert.Equal("Completed", (await _api.Get($"/api/interactions/{id}")).Body!["status"]!.GetValue<string>());

        var queues = (await _api.Get("/api/queues")).Body!.AsArray();
        var stats = queues.Single(q => q!["config"]!["queueId"]!.GetValue<string>() == queue)!["stats"]!;
        Assert.Equal(1, stats["completed"]!.GetValue<int>());
        var agents = (await _api.Get("/api/agents")).Body!.AsArray();
        Assert.Contains(agents, a => a!["profile"]!["agentId"]!.GetValue<string>() == agent);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        var (status, body) = await _api.Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = body!["paths"]!.AsObject();
        foreach (var path in new[] { "/api/interactions", "/api/interactions/{id}/answered", "/api/agents/{id}/ready", "/api/queues/{id}", "/api/entry-rules" })
            Assert.True(paths.ContainsKey(path), $"OpenAPI lacks {path}");
    }
}
