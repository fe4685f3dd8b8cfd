using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class LiveHubTests(ApiFactory factory)
{
    private async Task<HubConnection> Connect(string user)
    {
        var cookie = await factory.SignInCookie(user);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/live"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    [Fact]
    public async Task Without_a_user_the_hub_refuses_to_connect()
    {
        var response = await factory.CreateClient().PostAsync("/hubs/live/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_agent_may_not_watch_a_queue_or_another_agent_but_may_watch_itself()
    {
        await using var hub = await Connect("agent-064");
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("JoinQueue", "billing"));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("JoinAgent", "agent-063"));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("JoinAll"));
        await hub.InvokeAsync("JoinAgent", "agent-064");
    }

    [Fact]
    public async Task A_wallboard_in_a_queue_group_receives_that_queue_when_a_call_arrives()
    {
        var api = new ApiClient(factory);
        var queue = await api.NewQueue(ApiClient.Key("billing"));
        await using var hub = await Connect("analyst");
        var waitingOne = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonObject>("queue", q =>
        {
            if (q["queueId"]?.GetValue<string>() == queue && q["waiting"]?.GetValue<int>() == 1) waitingOne.TrySetResult(q);
        });
        await hub.InvokeAsync("JoinQueue", queue);

        Assert.Equal(HttpStatusCode.Created, (await api.Post("/api/interactions", new { channel = "Voice", queueId = queue })).Status);
        var seen = await waitingOne.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(80, seen["serviceLevelTargetPercent"]!.GetValue<double>());
    }
}
