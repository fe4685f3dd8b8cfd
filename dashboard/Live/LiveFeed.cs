using System.Collections.Concurrent;
using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Live;

/// <summary>
/// This dashboard's subscription to the cluster's live batches: keeps the latest value of every queue
/// and agent and tells components when something changed. Renews its subscription well within expiry.
/// </summary>
public sealed class LiveFeed(IGrainFactory grains, ILogger<LiveFeed> logger) : BackgroundService, ILiveSubscriber
{
    /// <summary>Often, so that a subscription list lost with its silo is rebuilt within seconds.</summary>
    private static readonly TimeSpan Renew = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, QueueLive> _queues = new();
    private readonly ConcurrentDictionary<string, AgentLive> _agents = new();

    /// <summary>Raised on the caller's thread; handlers must marshal to their own context and return fast.</summary>
    public event Action<LiveBatch>? Changed;

    public IReadOnlyList<QueueLive> Queues => _queues.Values.OrderBy(q => q.Name).ToList();
    public IReadOnlyList<AgentLive> Agents => _agents.Values.OrderBy(a => a.AgentId).ToList();

    public Task OnLive(LiveBatch batch)
    {
        // A retired queue or agent leaves every live list.
        foreach (var queue in batch.Queues)
            if (queue.Retired) _queues.TryRemove(queue.QueueId, out _); else _queues[queue.QueueId] = queue;
        foreach (var agent in batch.Agents)
            if (agent.Retired) _agents.TryRemove(agent.AgentId, out _); else _agents[agent.AgentId] = agent;
        Changed?.Invoke(batch);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A client dashboard may start before any silo: until one answers, even GetGrain throws, so retry it all.
        ILiveSubscriptionsGrain? subscriptions = null;
        ILiveSubscriber? self = null;
        using var timer = new PeriodicTimer(Renew);
        try
        {
            do
            {
                try
                {
                    subscriptions ??= grains.GetGrain<ILiveSubscriptionsGrain>("center");
                    self ??= grains.CreateObjectReference<ILiveSubscriber>(this);
                    await subscriptions.Subscribe(self);
                }
                catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogWarning("Could not renew the live subscription: {Reason}", ex.Message); }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) { }
        if (subscriptions is null || self is null) return;
        try { await subscriptions.Unsubscribe(self); }
        catch (Exception ex) { logger.LogDebug(ex, "Could not unsubscribe on shutdown"); }
    }
}
