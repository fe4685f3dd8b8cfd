using ContactCenter.Grains.Live;
using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Grains.Routing.Router;

/// <summary>
/// The center's router (see <see cref="IRouterGrain"/>). Not reentrant, and it never awaits another grain after
/// activation: every decision is made inside one turn from its own indices, and agents and interactions are told by
/// one-way messages. An offer reserves the agent here (it counts as having no open channel) until the agent or the
/// interaction answers. Kept active: it holds live state nothing else has in embedded mode.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed partial class RouterGrain(
    TimeProvider time,
    LivePublisher live,
    RoutingRecovery recovery,
    ILogger<RouterGrain> logger) : Grain, IRouterGrain
{
    private readonly Dictionary<string, RoutedQueue> _queues = new(StringComparer.Ordinal);
    /// <summary>Which queue each waiting interaction waits in.</summary>
    private readonly Dictionary<string, string> _waitingIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (QueueEntry Entry, string AgentId)> _offered = new(StringComparer.Ordinal);
    /// <summary>Agent → the interaction offered to it and not yet answered, refused or returned.</summary>
    private readonly Dictionary<string, string> _reservations = new(StringComparer.Ordinal);
    /// <summary>What each agent last said it can take; the index holds it with reservations applied.</summary>
    private readonly Dictionary<string, AgentAvailability> _reported = new(StringComparer.Ordinal);
    /// <summary>Overflows told to their interaction and not yet settled, by interaction id.</summary>
    private readonly Dictionary<string, QueueEntry> _overflowing = new(StringComparer.Ordinal);
    private readonly FreeAgentIndex _agents = new();

    public Task ConfigureQueue(QueueConfig config)
    {
        if (_queues.TryGetValue(config.QueueId, out var queue)) queue.Index.Reconfigure(config);
        else _queues[config.QueueId] = new RoutedQueue(new WaitingIndex(config));
        // The skills that make an agent serve a queue may have changed.
        foreach (var agentId in _reported.Keys) Reindex(agentId);
        DispatchQueue(config.QueueId, "timer");
        ArmDueTimer();
        MarkDirty(config.QueueId);
        return Task.CompletedTask;
    }

    public Task RemoveQueue(string queueId)
    {
        if (!_queues.TryGetValue(queueId, out var queue)) return Task.CompletedTask;
        var offered = _offered.Values.Count(o => o.Entry.QueueId == queueId);
        if (queue.Index.Count + offered > 0)
            throw ContactCenterException.Conflict($"Queue '{queueId}' cannot be retired: {queue.Index.Count} interaction(s) waiting and {offered} offered; move them first.");
        _queues.Remove(queueId);
        foreach (var agentId in _reported.Keys) Reindex(agentId);
        return Task.CompletedTask;
    }

    private RoutedQueue Queue(string queueId) =>
        _queues.TryGetValue(queueId, out var queue) ? queue : throw ContactCenterException.NotFound("Queue", queueId);
}

/// <summary>One queue as the router holds it: its waiting work and its statistics.</summary>
internal sealed class RoutedQueue(WaitingIndex index)
{
    public WaitingIndex Index { get; } = index;
    public QueueStatistics Stats { get; } = new();
    private QueueConfig? _skillsOf;
    private string[] _skills = [];

    public QueueConfig Config => Index.Config;

    /// <summary>The skills that make an agent serve this queue: required ones and widening backups.</summary>
    public IReadOnlyList<string> Skills
    {
        get
        {
            if (!ReferenceEquals(_skillsOf, Config))
            {
                _skillsOf = Config;
                _skills = QueueSkills.Of(Config);
            }
            return _skills;
        }
    }

    public RetentionPreference? RetentionFor(QueueEntry entry) =>
        Config.Retention is { } r && r.Applies(entry.ChurnRisk, entry.LifetimeValue) ? r : null;
}
