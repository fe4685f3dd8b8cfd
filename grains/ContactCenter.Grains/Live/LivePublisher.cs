using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Grains.Live;

/// <summary>
/// One per silo. Grains hand it their latest visible state without waiting; every tick it sends each
/// subscriber one batch holding only the values that changed since the last send; a subscriber seen
/// for the first time gets everything this silo knows. Delivery is a one-way call, so a slow or
/// vanished dashboard never slows a grain or this loop.
/// </summary>
public sealed class LivePublisher(ILiveSubscriberSource subscribers, TimeProvider clock, ILogger<LivePublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    /// <summary>Notices replayed to a newcomer.</summary>
    public const int ReplayedNotices = 100;

    private readonly ConcurrentDictionary<string, QueueLive> _queues = new();
    private readonly ConcurrentDictionary<string, AgentLive> _agents = new();
    private readonly Dictionary<string, QueueLive> _sentQueues = [];
    private readonly Dictionary<string, AgentLive> _sentAgents = [];
    private readonly ConcurrentDictionary<string, CaseNotification> _notifications = new();
    private readonly Dictionary<string, CaseNotification> _recentNotices = [];
    private readonly Queue<string> _recentOrder = new();
    private readonly ConcurrentQueue<ChatEvent> _chats = new();
    private CaseCounts? _caseCounts;
    private CaseCounts? _sentCaseCounts;
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private HashSet<ILiveSubscriber> _known = [];

    public void Publish(QueueLive queue) => _queues[queue.QueueId] = queue;

    public void Publish(AgentLive agent) => _agents[agent.AgentId] = agent;

    /// <summary>
    /// A raised or acknowledged escalation notice. The newest <see cref="ReplayedNotices"/> are also sent to a subscriber
    /// seen for the first time, so a notice raised while a dashboard was connecting is not lost (receivers merge by id).
    /// </summary>
    public void Publish(CaseNotification notification) => _notifications[notification.NotificationId] = notification;

    /// <summary>The center's open cases by SLA state; the latest value wins and newcomers get it too.</summary>
    public void Publish(CaseCounts counts) => Interlocked.Exchange(ref _caseCounts, counts);

    /// <summary>
    /// A chat event (message, typing, status): every one is sent, in order, once, to the subscribers known at the next
    /// tick; never replayed to a newcomer (a chat page that connects later reads the conversation itself).
    /// </summary>
    public void Publish(ChatEvent chat)
    {
        if (_chats.Count < MaxPendingChats) _chats.Enqueue(chat);
        else logger.LogWarning("Chat event for {InteractionId} dropped: {Count} already pending", chat.InteractionId, MaxPendingChats);
    }

    /// <summary>Bounds the memory a stalled flush can hold; far above what one tick carries.</summary>
    public const int MaxPendingChats = 50_000;

    /// <summary>Sends what changed since the last flush; returns the batch, or null when nothing changed.</summary>
    public async Task<LiveBatch?> FlushAsync()
    {
        await _flushing.WaitAsync();
        try
        {
            var queues = Changed(_queues, _sentQueues);
            var agents = Changed(_agents, _sentAgents);
            var notifications = Changed(_notifications, []);
            var chats = TakeChats();
            Remember(notifications);
            var counts = Interlocked.Exchange(ref _caseCounts, null);
            if (counts is not null && counts == _sentCaseCounts) counts = null;
            if (counts is not null) _sentCaseCounts = counts;
            var now = clock.GetUtcNow();
            var current = (await subscribers.GetAsync()).ToHashSet();
            var newcomers = current.Where(s => !_known.Contains(s)).ToList();
            _known = current;
            if (newcomers.Count > 0)
                Send(newcomers, new LiveBatch(_sentQueues.Values.ToArray(), _sentAgents.Values.ToArray(), now, _recentNotices.Values.ToArray(), _sentCaseCounts,
                    chats.Count == 0 ? null : chats));
            if (queues.Count == 0 && agents.Count == 0 && notifications.Count == 0 && counts is null && chats.Count == 0) return null;
            var batch = new LiveBatch(queues, agents, now, notifications, counts, chats.Count == 0 ? null : chats);
            Send(current.Except(newcomers), batch);
            return batch;
        }
        finally { _flushing.Release(); }
    }

    private List<ChatEvent> TakeChats()
    {
        var taken = new List<ChatEvent>();
        while (_chats.TryDequeue(out var chat)) taken.Add(chat);
        return taken;
    }

    private void Remember(IReadOnlyList<CaseNotification> notices)
    {
        foreach (var n in notices)
        {
            if (!_recentNotices.ContainsKey(n.NotificationId)) _recentOrder.Enqueue(n.NotificationId);
            _recentNotices[n.NotificationId] = n;
        }
        while (_recentOrder.Count > ReplayedNotices) _recentNotices.Remove(_recentOrder.Dequeue());
    }

    private void Send(IEnumerable<ILiveSubscriber> to, LiveBatch batch)
    {
        foreach (var subscriber in to)
        {
            try { _ = subscriber.OnLive(batch); }
            catch (Exception ex) { logger.LogDebug(ex, "A live subscriber could not be reached"); }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try { await FlushAsync(); }
                catch (Exception ex) { logger.LogWarning(ex, "Live push tick failed"); }
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Takes the pending values, keeping only those that differ from what was last sent.</summary>
    private static List<T> Changed<T>(ConcurrentDictionary<string, T> pending, Dictionary<string, T> sent) where T : class
    {
        var changed = new List<T>();
        foreach (var entry in pending.ToArray())
        {
            if (!pending.TryRemove(entry)) continue;
            if (sent.TryGetValue(entry.Key, out var last) && last.Equals(entry.Value)) continue;
            sent[entry.Key] = entry.Value;
            changed.Add(entry.Value);
        }
        return changed;
    }
}
