using System.Net;

namespace ContactCenter.Api.Tests;

/// <summary>Every API endpoint refuses a caller without a user (401) and a caller with the wrong role (403).</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationTests(ApiFactory factory)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/api/interactions" }, { "GET", "/api/interactions/x" }, { "GET", "/api/interactions/x/decision" },
        { "POST", "/api/interactions/x/answered" }, { "POST", "/api/interactions/x/ended" }, { "POST", "/api/interactions/x/abandoned" },
        { "POST", "/api/interactions/x/transfer" }, { "GET", "/api/agents" }, { "GET", "/api/agents/x" }, { "PUT", "/api/agents/x" },
        { "POST", "/api/agents/x/login" }, { "POST", "/api/agents/x/ready" }, { "POST", "/api/agents/x/not-ready" },
        { "POST", "/api/agents/x/logout" }, { "POST", "/api/agents/x/accept" }, { "POST", "/api/agents/x/decline" },
        { "POST", "/api/agents/x/complete" }, { "GET", "/api/queues" }, { "GET", "/api/queues/x" }, { "PUT", "/api/queues/x" },
        { "GET", "/api/entry-rules" }, { "PUT", "/api/entry-rules" },
    };

    /// <summary>What an analyst (read-only) may not do: everything that changes the center.</summary>
    public static TheoryData<string, string> Writes => new()
    {
        { "POST", "/api/interactions" }, { "POST", "/api/interactions/x/answered" }, { "POST", "/api/interactions/x/abandoned" },
        { "POST", "/api/interactions/x/transfer" }, { "PUT", "/api/agents/x" }, { "POST", "/api/agents/x/ready" },
        { "POST", "/api/agents/x/complete" }, { "PUT", "/api/queues/x" }, { "PUT", "/api/entry-rules" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_user_every_endpoint_is_401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonBody() };
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task An_analyst_may_read_but_not_change_anything(string method, string path)
    {
        var analyst = new ApiClient(factory, "analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Send(new HttpMethod(method), path, new { })).Status);
        Assert.Equal(HttpStatusCode.OK, (await analyst.Get("/api/queues")).Status);
    }

    [Fact]
    public async Task An_agent_may_act_only_as_itself()
    {
        var agent = new ApiClient(factory, "agent-064");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Post("/api/agents/agent-063/ready")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Get("/api/queues")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Post("/api/interactions", new { channel = "Voice" })).Status);
        var own = await agent.Post("/api/agents/agent-064/ready");
        Assert.Equal(HttpStatusCode.NotFound, own.Status);
    }

    private static StringContent JsonBody() => new("{}", System.Text.Encoding.UTF8, "application/json");
}
