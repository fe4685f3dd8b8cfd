using ContactCenter.Contracts;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Hubs;

/// <summary>
/// Forwards each live batch to the hub's groups: one "batch" message to "all", and one message per
/// changed queue or agent to its group. Sends are not awaited here, so a slow browser only fills its
/// own SignalR buffer and never holds up the feed or a grain.
/// </summary>
public sealed class LiveHubBroadcaster(LiveFeed feed, IHubContext<LiveHub> hub, ILogger<LiveHubBroadcaster> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        feed.Changed += Forward;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        feed.Changed -= Forward;
        return Task.CompletedTask;
    }

    private void Forward(LiveBatch batch)
    {
        Send(LiveHub.Everything, "batch", batch);
        foreach (var queue in batch.Queues) Send(LiveHub.QueueGroup(queue.QueueId), "queue", queue);
        foreach (var agent in batch.Agents) Send(LiveHub.AgentGroup(agent.AgentId), "agent", agent);
    }

    private void Send(string group, string method, object message) =>
        hub.Clients.Group(group).SendAsync(method, message).ContinueWith(
            t => logger.LogDebug(t.Exception, "Live hub send to {Group} failed", group), TaskContinuationOptions.OnlyOnFaulted);
}
