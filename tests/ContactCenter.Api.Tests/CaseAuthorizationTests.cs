using System.Net;
using ContactCenter.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Api.Tests;

/// <summary>Who may see and change which case: agents their own, analysts read, supervisors and admins everything.</summary>
[Collection(ApiCollection.Name)]
public sealed class CaseAuthorizationTests(ApiFactory factory)
{
    private const string AgentUser = "agent-063";
    private readonly ApiClient _supervisor = new(factory, "supervisor");
    private readonly ApiClient _agent = new(factory, AgentUser);

    [Fact]
    public async Task An_agent_reads_and_works_its_own_case_but_not_another_agents()
    {
        await EnsureAgent(AgentUser);
        var other = await _supervisor.NewAgent(ApiClient.Key("skill"));
        var mine = await NewCase(AgentUser);
        var theirs = await NewCase(other);

        Assert.Equal(HttpStatusCode.OK, (await _agent.Get($"/api/cases/{mine}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _agent.Post($"/api/cases/{mine}/notes", new { text = "Called back" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Get($"/api/cases/{theirs}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Post($"/api/cases/{theirs}/notes", new { text = "Not mine" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Get($"/api/cases?agent={other}")).Status);
        Assert.DoesNotContain((await _supervisor.Get($"/api/cases/{theirs}")).Body!["timeline"]!.AsArray(), e => e!["detail"]!.GetValue<string>() == "Not mine");
        var listed = (await _agent.Get("/api/cases?take=500")).Body!["items"]!.AsArray();
        Assert.All(listed, c => Assert.Equal(AgentUser, c!["agentId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_agent_opens_a_case_only_from_an_interaction_it_handled()
    {
        var customer = await CaseApiTests.Customer(factory);
        var queue = await _supervisor.NewQueue(ApiClient.Key("skill"));
        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Post("/api/cases", new { customerId = customer, subject = "No call", queueId = queue })).Status);
        var call = ApiClient.Key("call");
        Assert.Equal(HttpStatusCode.Created, (await _supervisor.Post("/api/interactions", new { interactionId = call, channel = "Voice", customerId = customer, queueId = queue })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _agent.Post("/api/cases", new { customerId = customer, subject = "Not my call", queueId = queue, interactionId = call })).Status);
    }

    [Fact]
    public async Task An_analyst_reads_cases_but_cannot_change_them_or_contracts()
    {
        var analyst = new ApiClient(factory, "analyst");
        var id = await NewCase(null);
        Assert.Equal(HttpStatusCode.OK, (await analyst.Get($"/api/cases/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await analyst.Get("/api/cases")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Post($"/api/cases/{id}/notes", new { text = "hi" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Post("/api/cases", new { subject = "x" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Put($"/api/contracts/{ApiClient.Key("c")}", CaseApiTests.Contract("UTC"))).Status);
    }

    private async Task<string> NewCase(string? agentId)
    {
        var customer = await CaseApiTests.Customer(factory);
        var queue = await _supervisor.NewQueue(ApiClient.Key("skill"));
        var (status, body) = await _supervisor.Post("/api/cases", new { customerId = customer, subject = "Owned", queueId = queue, agentId });
        Assert.Equal(HttpStatusCode.Created, status);
        return body!["caseId"]!.GetValue<string>();
    }

    /// <summary>This host seeds no agents; the agent user's own agent is made when missing.</summary>
    private async Task EnsureAgent(string agentId)
    {
        var grain = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IAgentGrain>(agentId);
        try { await grain.GetSnapshot(); }
        catch (ContactCenterException) { await grain.Configure(new AgentProfile(agentId, "Case Agent", "Delta", [new SkillLevel("cases", 5)], ChannelCapacity.Default)); }
    }
}
