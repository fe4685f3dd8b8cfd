using System.Net;

namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class CallControlApiTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    private async Task<(string Skill, string Agent, string Call)> ConnectedCall()
    {
        var skill = ApiClient.Key("billing");
        var queue = await _api.NewQueue(skill);
        var agent = await _api.NewAgent(skill, 7);
        await _api.Post($"/api/agents/{agent}/login");
        await _api.Post($"/api/agents/{agent}/ready");
        var call = (await _api.Post("/api/interactions", new { channel = "Voice", callerId = "+15550100", queueId = queue })).Body!["interactionId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/agents/{agent}/accept", new { interactionId = call })).Status);
        return (skill, agent, call);
    }

    [Fact]
    public async Task Hold_resume_mute_unmute_and_hang_up_drive_the_call_state()
    {
        var (_, agent, call) = await ConnectedCall();
        Assert.True((await _api.Post($"/api/interactions/{call}/hold")).Body!["call"]!["onHold"]!.GetValue<bool>());
        Assert.False((await _api.Post($"/api/interactions/{call}/resume")).Body!["call"]!["onHold"]!.GetValue<bool>());
        Assert.True((await _api.Post($"/api/interactions/{call}/mute")).Body!["call"]!["muted"]!.GetValue<bool>());
        Assert.False((await _api.Post($"/api/interactions/{call}/unmute")).Body!["call"]!["muted"]!.GetValue<bool>());
        Assert.Equal("WrapUp", (await _api.Post($"/api/interactions/{call}/hangup")).Body!["status"]!.GetValue<string>());
        Assert.Equal("WrapUp", (await _api.Get($"/api/agents/{agent}")).Body!["presence"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_call_transition_is_409_naming_both_states()
    {
        var (_, _, call) = await ConnectedCall();
        await _api.Post($"/api/interactions/{call}/hold");
        var (status, body) = await _api.Post($"/api/interactions/{call}/hold");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("from OnHold to OnHold", body!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Post($"/api/interactions/{ApiClient.Key("ghost")}/hold")).Status);
    }

    [Fact]
    public async Task Consult_then_transfer_moves_the_call_to_the_consulted_agent()
    {
        var (skill, first, call) = await ConnectedCall();
        var second = await _api.NewAgent(skill, 5);
        await _api.Post($"/api/agents/{second}/login");
        await _api.Post($"/api/agents/{second}/ready");
        var consult = await _api.Post($"/api/interactions/{call}/consult", new { agentId = second });
        Assert.Equal("Ringing", consult.Body!["call"]!["consult"]!["status"]!.GetValue<string>());
        Assert.Equal("Busy", (await _api.Post($"/api/agents/{second}/accept", new { interactionId = call })).Body!["presence"]!.GetValue<string>());
        var moved = await _api.Post($"/api/interactions/{call}/consult/transfer");
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Equal(second, moved.Body!["agentId"]!.GetValue<string>());
        Assert.Equal("WrapUp", (await _api.Get($"/api/agents/{first}")).Body!["presence"]!.GetValue<string>());
    }

    [Fact]
    public async Task Consult_then_conference_and_cancel_answer_with_the_call()
    {
        var (skill, _, call) = await ConnectedCall();
        var second = await _api.NewAgent(skill, 5);
        await _api.Post($"/api/agents/{second}/login");
        await _api.Post($"/api/agents/{second}/ready");
        await _api.Post($"/api/interactions/{call}/consult", new { agentId = second });
        await _api.Post($"/api/agents/{second}/accept", new { interactionId = call });
        var conference = await _api.Post($"/api/interactions/{call}/consult/conference");
        Assert.Equal(second, conference.Body!["call"]!["parties"]![0]!.GetValue<string>());
        var cancel = await _api.Post($"/api/interactions/{call}/consult/cancel");
        Assert.Equal(HttpStatusCode.Conflict, cancel.Status);
    }

    [Fact]
    public async Task A_consult_needs_exactly_one_target()
    {
        var (_, _, call) = await ConnectedCall();
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{call}/consult", new { }), "agentId");
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{call}/consult", new { agentId = "a", queueId = "q" }), "queueId");
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{call}/consult", new { agentId = " " }), "agentId");
    }

    [Fact]
    public async Task An_agent_may_control_its_own_call_only_and_nobody_without_a_user()
    {
        var (_, _, othersCall) = await ConnectedCall();
        var ownSkill = ApiClient.Key("own");
        var ownQueue = await _api.NewQueue(ownSkill);
        var configured = await _api.Put("/api/agents/agent-062", new { name = "Ada", team = "A", skills = new[] { new { skill = ownSkill, proficiency = 5 } } });
        Assert.Equal(HttpStatusCode.OK, configured.Status);
        var agent = new ApiClient(factory, "agent-062");
        await agent.Post("/api/agents/agent-062/login");
        await agent.Post("/api/agents/agent-062/ready");
        var own = (await _api.Post("/api/interactions", new { channel = "Voice", queueId = ownQueue })).Body!["interactionId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await agent.Post("/api/agents/agent-062/accept", new { interactionId = own })).Status);

        Assert.Equal(HttpStatusCode.OK, (await agent.Post($"/api/interactions/{own}/hold")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Post($"/api/interactions/{othersCall}/hold")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await new ApiClient(factory, "analyst").Post($"/api/interactions/{own}/resume")).Status);
        var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostAsync($"/api/interactions/{own}/resume", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.Post($"/api/interactions/{own}/hangup")).Status);
        await agent.Post("/api/agents/agent-062/complete", new { interactionId = own, wrapUpCode = "resolved" });
        await agent.Post("/api/agents/agent-062/logout");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_call_controls()
    {
        var paths = (await _api.Get("/openapi/v1.json")).Body!["paths"]!.AsObject();
        foreach (var path in new[] { "hold", "resume", "mute", "unmute", "hangup", "consult", "consult/transfer", "consult/conference", "consult/cancel" })
            Assert.True(paths.ContainsKey($"/api/interactions/{{id}}/{path}"), $"OpenAPI lacks {path}");
    }
}
