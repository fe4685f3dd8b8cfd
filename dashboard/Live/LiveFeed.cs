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
    private readonly ConcurrentDictionary<string, CaseNotification> _notifications = new();
    private CaseCounts? _cases;

    /// <summary>How many pushed notices are kept for pages opened later (the notifications grain keeps the rest).</summary>
    public const int KeptNotifications = 200;

    /// <summary>Raised on the caller's thread; handlers must marshal to their own context and return fast.</summary>
    public event Action<LiveBatch>? Changed;

    public IReadOnlyList<QueueLive> Queues => _queues.Values.OrderBy(q => q.Name).ToList();
    public IReadOnlyList<AgentLive> Agents => _agents.Values.OrderBy(a => a.AgentId).ToList();

    /// <summary>Raised with the notices of a batch (new ones and acknowledgements), on the caller's thread.</summary>
    public event Action<IReadOnlyList<CaseNotification>>? NotificationsArrived;

    /// <summary>Raised when the open-case counts by SLA state change, on the caller's thread.</summary>
    public event Action<CaseCounts>? CasesChanged;

    /// <summary>Raised with the chat events of a batch (messages, typing, status), in order, on the caller's thread.</summary>
    public event Action<IReadOnlyList<ChatEvent>>? ChatsArrived;

    /// <summary>The latest open-case counts pushed; null until the first push.</summary>
    public CaseCounts? Cases => _cases;

    /// <summary>The notices pushed since this dashboard started (newest <see cref="KeptNotifications"/>), newest first.</summary>
    public IReadOnlyList<CaseNotification> Notifications => _notifications.Values.OrderByDescending(n => n.RaisedAt).ToList();

    public Task OnLive(LiveBatch batch)
    {
        // A retired queue or agent leaves every live list.
        foreach (var queue in batch.Queues)
            if (queue.Retired) _queues.TryRemove(queue.QueueId, out _); else _queues[queue.QueueId] = queue;
        foreach (var agent in batch.Agents)
            if (agent.Retired) _agents.TryRemove(agent.AgentId, out _); else _agents[agent.AgentId] = agent;
        if (batch.Notifications is { Count: > 0 } notices) Keep(notices);
        if (batch.Cases is { } counts) _cases = counts;
        // A batch carrying only chat events changes nothing a wallboard shows.
        var chatsOnly = batch is { Chats.Count: > 0, Queues.Count: 0, Agents.Count: 0, Cases: null } && batch.Notifications is not { Count: > 0 };
        if (!chatsOnly) Changed?.Invoke(batch);
        if (batch.Notifications is { Count: > 0 } pushed) NotificationsArrived?.Invoke(pushed);
        if (batch.Cases is { } changed) CasesChanged?.Invoke(changed);
        if (batch.Chats is { Count: > 0 } chats) ChatsArrived?.Invoke(chats);
        return Task.CompletedTask;
    }

    private void Keep(IReadOnlyList<CaseNotification> notices)
    {
        // An acknowledgement arrives as the same notice again, acknowledged: the newer record wins.
        foreach (var notice in notices)
            _notifications.AddOrUpdate(notice.NotificationId, notice, (_, old) => old.Acknowledged && !notice.Acknowledged ? old : notice);
        if (_notifications.Count <= KeptNotifications) return;
        foreach (var old in _notifications.Values.OrderByDescending(n => n.RaisedAt).Skip(KeptNotifications).ToList())
            _notifications.TryRemove(old.NotificationId, out _);
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
