using ContactCenter.Contracts;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Hubs;

/// <summary>
/// Forwards each live batch to the hub's groups: one "batch" message to "all", and one message per
/// changed queue or agent to its group. Sends are not awaited here, so a slow browser only fills its
/// own SignalR buffer and never holds up the feed or a grain. With the Redis backplane only the elected
/// dashboard forwards (see <see cref="LiveHubForwarding"/>), so each browser gets each batch once.
/// </summary>
public sealed class LiveHubBroadcaster(
    LiveFeed feed, LiveHubForwarding forwarding, IHubContext<LiveHub> hub, TimeProvider time, ILogger<LiveHubBroadcaster> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        feed.Changed += Forward;
        forwarding.BecameForwarder += ForwardEverything;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        feed.Changed -= Forward;
        forwarding.BecameForwarder -= ForwardEverything;
        return Task.CompletedTask;
    }

    private void ForwardEverything() => Forward(new LiveBatch(feed.Queues, feed.Agents, time.GetUtcNow()));

    private void Forward(LiveBatch batch)
    {
        if (!forwarding.IsForwarder) return;
        Send(LiveHub.Everything, "batch", batch);
        foreach (var queue in batch.Queues) Send(LiveHub.QueueGroup(queue.QueueId), "queue", queue);
        foreach (var agent in batch.Agents) Send(LiveHub.AgentGroup(agent.AgentId), "agent", agent);
    }

    private void Send(string group, string method, object message) =>
        hub.Clients.Group(group).SendAsync(method, message).ContinueWith(
            t => logger.LogDebug(t.Exception, "Live hub send to {Group} failed", group), TaskContinuationOptions.OnlyOnFaulted);
}
