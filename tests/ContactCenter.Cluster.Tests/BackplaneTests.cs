using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ContactCenter.Cluster.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Cluster.Tests;

/// <summary>
/// Two dashboard processes share sign-in keys and SignalR through Redis. A wallboard on either sees every
/// live batch exactly once (one elected dashboard forwards for all), and when the forwarding dashboard is
/// killed, the other takes over and its wallboards keep receiving.
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class BackplaneTests
{
    [Fact]
    public async Task Wallboards_on_either_dashboard_see_each_batch_once_and_keep_seeing_them_when_the_forwarder_dies()
    {
        await using var cluster = await RedisCluster.StartAsync(silos: 1);
        var dashboards = await Task.WhenAll(cluster.StartDashboardAsync(), cluster.StartDashboardAsync());
        var queueId = $"q-{Guid.NewGuid():N}"[..12];
        await cluster.Client.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, queueId, [new SkillRequirement("wallboard-test", 1)],
            new ServiceLevelTarget(80, 20), 3600, OverflowTarget.None, [], PriorityWeights.Default));
        var boards = await Task.WhenAll(dashboards.Select(d => Wallboard.ConnectAsync(d, queueId)));

        // Signed in on one dashboard, the same cookie is good on the other: the keys are shared in Redis.
        using (var elsewhere = new HttpClient { BaseAddress = dashboards[1].Address })
        {
            elsewhere.DefaultRequestHeaders.Add("Cookie", await dashboards[0].SignInCookieAsync());
            Assert.Equal(System.Net.HttpStatusCode.OK, (await elsewhere.GetAsync($"/api/queues/{queueId}")).StatusCode);
        }

        var first = $"i-{Guid.NewGuid():N}"[..12];
        await cluster.Client.GetGrain<IInteractionGrain>(first).Create(new NewInteraction(Channel.Voice, null, "+15550100", new Dictionary<string, string>(), 0, queueId));
        await Poll.Until(() => Task.FromResult(boards.All(b => b.Saw(waiting: 1))), TimeSpan.FromSeconds(30), "both wallboards to see the caller waiting");
        await cluster.Client.GetGrain<IInteractionGrain>(first).Abandon();
        await Poll.Until(() => Task.FromResult(boards.All(b => b.Saw(waiting: 0))), TimeSpan.FromSeconds(30), "both wallboards to see the queue empty again");

        foreach (var board in boards)
            Assert.Empty(board.Batches.GroupBy(sentAt => sentAt).Where(g => g.Count() > 1).Select(g => g.Key));

        var forwarder = dashboards.Single(d => d.Log().Contains("is now the live hub forwarder"));
        var other = Array.IndexOf(dashboards, forwarder) == 0 ? 1 : 0;
        var survivor = boards[other];
        await forwarder.KillAsync();
        survivor.Clear();
        var second = $"i-{Guid.NewGuid():N}"[..12];
        await cluster.Client.GetGrain<IInteractionGrain>(second).Create(new NewInteraction(Channel.Voice, null, "+15550101", new Dictionary<string, string>(), 0, queueId));
        await Poll.Until(() => Task.FromResult(survivor.Saw(waiting: 1)), TimeSpan.FromSeconds(30), "the other dashboard's wallboard to keep receiving",
            () => $"batches seen since: {survivor.Batches.Count}\n{dashboards[other].Log()[^Math.Min(4000, dashboards[other].Log().Length)..]}");
        foreach (var board in boards) await board.DisposeAsync();
    }

    /// <summary>A wallboard client of the live hub: what it saw of one queue, and the SentAt of every batch.</summary>
    private sealed class Wallboard(HubConnection connection, string queueId) : IAsyncDisposable
    {
        private readonly ConcurrentQueue<int> _waiting = new();
        public ConcurrentBag<DateTimeOffset> Batches { get; private set; } = [];

        public static async Task<Wallboard> ConnectAsync(DashboardProcess dashboard, string queueId)
        {
            var cookie = await dashboard.SignInCookieAsync();
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(dashboard.Address, "hubs/live"), o =>
                {
                    o.Transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling;
                    o.Headers["Cookie"] = cookie;
                })
                .Build();
            var board = new Wallboard(connection, queueId);
            connection.On<JsonObject>("batch", board.OnBatch);
            await connection.StartAsync();
            await connection.InvokeAsync("JoinAll");
            return board;
        }

        private void OnBatch(JsonObject batch)
        {
            Batches.Add(batch["sentAt"]!.GetValue<DateTimeOffset>());
            foreach (var queue in batch["queues"]!.AsArray())
                if (queue!["queueId"]!.GetValue<string>() == queueId) _waiting.Enqueue(queue["waiting"]!.GetValue<int>());
        }

        public bool Saw(int waiting) => _waiting.Contains(waiting);

        public void Clear()
        {
            _waiting.Clear();
            Batches = [];
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
