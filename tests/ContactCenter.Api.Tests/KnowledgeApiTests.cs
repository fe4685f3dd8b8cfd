using System.Net;
using System.Text.Json.Nodes;

namespace ContactCenter.Api.Tests;

/// <summary>/api/knowledge: agents draft and search, supervisors approve and publish; bad input names the field.</summary>
[Collection(ApiCollection.Name)]
public sealed class KnowledgeApiTests(ApiFactory factory)
{
    private const string AgentUser = "agent-063";
    private readonly ApiClient _supervisor = new(factory, "supervisor");
    private readonly ApiClient _agent = new(factory, AgentUser);

    private static string Word() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(10)) + "x";

    private static object Article(string title, string? id = null, string visibility = "Internal") => new
    {
        articleId = id, title, body = $"How to **{title}**.\n\n1. Open settings\n2. Save", products = new[] { "Fiber 500" }, tags = new[] { "howto" }, visibility,
    };

    [Fact]
    public async Task An_agent_drafts_a_supervisor_approves_and_publishes_and_search_finds_it_with_the_step_history()
    {
        var word = Word();
        var created = await _agent.Post("/api/knowledge/articles", Article($"Reset the {word}"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Body!["articleId"]!.GetValue<string>();
        Assert.Equal("Draft", created.Body["status"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Post($"/api/knowledge/articles/{id}/approve")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _supervisor.Post($"/api/knowledge/articles/{id}/approve", new { note = "ok" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Post($"/api/knowledge/articles/{id}/publish")).Status);
        var published = await _supervisor.Post($"/api/knowledge/articles/{id}/publish");
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Equal([AgentUser, "supervisor", "supervisor"], published.Body!["steps"]!.AsArray().Select(s => s!["by"]!.GetValue<string>()));

        var hits = await Until(() => _agent.Get($"/api/knowledge/search?q={word}"), b => b.AsArray().Count == 1);
        Assert.Equal(id, hits[0]!["articleId"]!.GetValue<string>());
        Assert.Equal("Published", (await _agent.Get($"/api/knowledge/articles/{id}")).Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publishing_a_draft_is_a_conflict_and_an_unknown_article_is_not_found()
    {
        var id = (await _supervisor.Post("/api/knowledge/articles", Article("Port a number"))).Body!["articleId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Conflict, (await _supervisor.Post($"/api/knowledge/articles/{id}/publish")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _supervisor.Get($"/api/knowledge/articles/{ApiClient.Key("kb")}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _supervisor.Post($"/api/knowledge/articles/{ApiClient.Key("kb")}/approve")).Status);
        var other = Article("Something else", id);
        Assert.Equal(HttpStatusCode.Conflict, (await _supervisor.Post("/api/knowledge/articles", other)).Status);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        ApiClient.AssertFieldError(await _agent.Post("/api/knowledge/articles", new { title = "", body = "x", products = Array.Empty<string>(), tags = Array.Empty<string>() }), "title");
        ApiClient.AssertFieldError(await _agent.Post("/api/knowledge/articles", new { title = "T", body = "", products = Array.Empty<string>(), tags = Array.Empty<string>() }), "body");
        ApiClient.AssertFieldError(await _agent.Post("/api/knowledge/articles", new { title = "T", body = "B", products = new[] { "ok", "" }, tags = Array.Empty<string>() }), "products[1]");
        ApiClient.AssertFieldError(await _agent.Post("/api/knowledge/articles", new { title = "T", body = "B", tags = new[] { new string('t', 65) } }), "tags[0]");
        ApiClient.AssertFieldError(await _agent.Post("/api/knowledge/articles", new { title = "T", body = "B", visibility = "Secret" }), "visibility");
        ApiClient.AssertFieldError(await _agent.Post("/api/knowledge/articles", new { articleId = "bad id", title = "T", body = "B" }), "articleId");
        ApiClient.AssertFieldError(await _agent.Get("/api/knowledge/search?q=x&take=0"), "take");
        ApiClient.AssertFieldError(await _agent.Get("/api/knowledge/search?q=x&take=many"), "take");
        ApiClient.AssertFieldError(await _agent.Get($"/api/knowledge/search?q={new string('q', 501)}"), "text");
        ApiClient.AssertFieldError(await _agent.Get("/api/knowledge/articles?status=Lost"), "status");
        Assert.Equal(HttpStatusCode.OK, (await _agent.Get("/api/knowledge/search?q=C%2B%2B%20(error")).Status);
    }

    [Fact]
    public async Task An_agent_may_not_see_insights_and_an_analyst_may_not_write()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Get("/api/knowledge/insights")).Status);
        var analyst = new ApiClient(factory, "analyst");
        Assert.Equal(HttpStatusCode.OK, (await analyst.Get("/api/knowledge/insights")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Post("/api/knowledge/articles", Article("Nope"))).Status);
    }

    private static async Task<JsonNode> Until(Func<Task<(HttpStatusCode Status, JsonNode? Body)>> read, Func<JsonNode, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var (status, body) = await read();
            Assert.Equal(HttpStatusCode.OK, status);
            if (done(body!)) return body!;
            if (timeout.IsCancellationRequested) Assert.Fail($"Timed out; last: {body}");
            await Task.Delay(20, CancellationToken.None);
        }
    }
}
