using ContactCenter.Contracts;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Hubs;

/// <summary>
/// Forwards the chat events of each live batch to the customer's hub group, on the same path as the wallboards' batches:
/// silo publisher → every dashboard's <see cref="LiveFeed"/> → the elected forwarder (<see cref="LiveHubForwarding"/>) →
/// the Redis backplane in cluster mode, so a customer connected to any dashboard gets each event once.
/// </summary>
public sealed class ChatHubBroadcaster(LiveFeed feed, LiveHubForwarding forwarding, IHubContext<ChatHub> hub, ILogger<ChatHubBroadcaster> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        feed.ChatsArrived += Forward;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        feed.ChatsArrived -= Forward;
        return Task.CompletedTask;
    }

    private void Forward(IReadOnlyList<ChatEvent> events)
    {
        if (!forwarding.IsForwarder) return;
        // One message per chat per batch, in order, so a burst costs one send per conversation.
        foreach (var chat in events.GroupBy(e => e.InteractionId))
            hub.Clients.Group(ChatHub.Group(chat.Key)).SendAsync("chat", chat.Select(CustomerChatEvent.Of).ToArray()).ContinueWith(
                t => logger.LogDebug(t.Exception, "Chat push to {InteractionId} failed", chat.Key), TaskContinuationOptions.OnlyOnFaulted);
    }
}
