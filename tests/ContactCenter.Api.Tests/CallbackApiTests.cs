using System.Net;

namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class CallbackApiTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    private async Task<(string Queue, string Call)> WaitingCall()
    {
        var queue = await _api.NewQueue(ApiClient.Key("callbacks"));
        var call = (await _api.Post("/api/interactions", new { channel = "Voice", callerId = "+15550123", queueId = queue })).Body!["interactionId"]!.GetValue<string>();
        return (queue, call);
    }

    [Fact]
    public async Task A_waiting_caller_chooses_a_callback_and_gets_the_linked_callback_interaction()
    {
        var (_, call) = await WaitingCall();
        var at = DateTimeOffset.UtcNow.AddHours(3);
        var (status, body) = await _api.Post($"/api/interactions/{call}/callback", new { at });
        Assert.Equal(HttpStatusCode.Created, status);
        var callbackId = body!["interactionId"]!.GetValue<string>();
        Assert.Equal(("Callback", "Created", call), (body["channel"]!.GetValue<string>(), body["status"]!.GetValue<string>(), body["callback"]!["originalId"]!.GetValue<string>()));
        var original = (await _api.Get($"/api/interactions/{call}")).Body!;
        Assert.Equal(("CallbackScheduled", callbackId), (original["status"]!.GetValue<string>(), original["callback"]!["callbackId"]!.GetValue<string>()));
        // Asked again (a retried request): the same callback.
        var again = await _api.Post($"/api/interactions/{call}/callback", new { at });
        Assert.Equal(callbackId, again.Body!["interactionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_time_the_callback_is_queued_as_soon_as_possible()
    {
        var (queue, call) = await WaitingCall();
        var (status, body) = await _api.Post($"/api/interactions/{call}/callback");
        Assert.Equal(HttpStatusCode.Created, status);
        var callbackId = body!["interactionId"]!.GetValue<string>();
        for (var i = 0; i < 200 && (await _api.Get($"/api/interactions/{callbackId}")).Body!["status"]!.GetValue<string>() != "Queued"; i++) await Task.Delay(25);
        Assert.Equal("Queued", (await _api.Get($"/api/interactions/{callbackId}")).Body!["status"]!.GetValue<string>());
        Assert.Equal(callbackId, (await _api.Get($"/api/queues/{queue}")).Body!["waiting"]![0]!["interactionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_time_in_the_past_or_too_far_ahead_is_400_naming_at_and_changes_nothing()
    {
        var (_, call) = await WaitingCall();
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{call}/callback", new { at = DateTimeOffset.UtcNow.AddHours(-1) }), "at");
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{call}/callback", new { at = DateTimeOffset.UtcNow.AddDays(8) }), "at");
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{call}/callback", new { at = "tomorrow" }), "at");
        Assert.Equal("Queued", (await _api.Get($"/api/interactions/{call}")).Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_interaction_is_404_and_an_ended_one_is_409()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Post($"/api/interactions/{ApiClient.Key("ghost")}/callback")).Status);
        var (_, call) = await WaitingCall();
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/interactions/{call}/abandoned")).Status);
        var (status, body) = await _api.Post($"/api/interactions/{call}/callback");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("from Abandoned to CallbackScheduled", body!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dialing_a_call_that_is_not_a_callback_is_409()
    {
        var skill = ApiClient.Key("dial");
        var queue = await _api.NewQueue(skill);
        var agent = await _api.NewAgent(skill, 7);
        await _api.Post($"/api/agents/{agent}/login");
        await _api.Post($"/api/agents/{agent}/ready");
        var call = (await _api.Post("/api/interactions", new { channel = "Voice", callerId = "+15550100", queueId = queue })).Body!["interactionId"]!.GetValue<string>();
        await _api.Post($"/api/agents/{agent}/accept", new { interactionId = call });
        var (status, body) = await _api.Post($"/api/interactions/{call}/dial");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("only a callback is dialed", body!["detail"]!.GetValue<string>());
    }
}
