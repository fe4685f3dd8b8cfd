namespace ContactCenter.Contracts;

/// <summary>
/// A queue as a wallboard shows it. Only scalar members, so two values compare equal when nothing
/// visible changed and the publisher can drop the repeat. Wait times are derived from OldestArrivedAt.
/// Stats are today's (UTC); Last15Minutes is the rolling window.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.live.queue")]
public sealed record QueueLive(
    [property: Id(0)] string QueueId,
    [property: Id(1)] string Name,
    [property: Id(2)] int Waiting,
    [property: Id(3)] DateTimeOffset? OldestArrivedAt,
    [property: Id(4)] int AvailableAgents,
    [property: Id(5)] double ServiceLevelTargetPercent,
    [property: Id(6)] int ThresholdSeconds,
    [property: Id(7)] int MaxWaitSeconds,
    [property: Id(8)] QueueStats Stats,
    [property: Id(9)] QueueStats Last15Minutes,
    [property: Id(10)] bool Retired = false,
    [property: Id(11)] int ScheduledCallbacks = 0,
    [property: Id(12)] int OverdueCallbacks = 0);

/// <summary>An agent as the agents board shows it; scalar members only, for the same reason.</summary>
[GenerateSerializer, Immutable, Alias("cc.live.agent")]
public sealed record AgentLive(
    [property: Id(0)] string AgentId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Team,
    [property: Id(3)] AgentPresence Presence,
    [property: Id(4)] string? NotReadyReason,
    [property: Id(5)] DateTimeOffset StateSince,
    [property: Id(6)] string? CurrentInteractionId,
    [property: Id(7)] int WorkItems,
    [property: Id(8)] int Handled,
    [property: Id(9)] int Missed,
    [property: Id(10)] string Skills,
    [property: Id(11)] string Queues,
    [property: Id(12)] bool Retired = false)
{
    public bool Serves(string queueId) => Queues.Split(',').Contains(queueId);
}

/// <summary>What one silo's publisher sends on one tick: the latest changed values, one per entity, and the chat events in order.</summary>
[GenerateSerializer, Immutable, Alias("cc.live.batch")]
public sealed record LiveBatch(
    [property: Id(0)] IReadOnlyList<QueueLive> Queues,
    [property: Id(1)] IReadOnlyList<AgentLive> Agents,
    [property: Id(2)] DateTimeOffset SentAt,
    [property: Id(3)] IReadOnlyList<CaseNotification>? Notifications = null,
    [property: Id(4)] CaseCounts? Cases = null,
    [property: Id(5)] IReadOnlyList<ChatEvent>? Chats = null);

/// <summary>A dashboard (or any process) receiving live batches from every silo.</summary>
public interface ILiveSubscriber : IGrainObserver
{
    [OneWay]
    Task OnLive(LiveBatch batch);
}

/// <summary>
/// Who receives live batches, cluster-wide. Subscriptions expire unless renewed, so a dashboard that
/// died stops costing anything. Key: "center".
/// </summary>
public interface ILiveSubscriptionsGrain : IGrainWithStringKey
{
    /// <summary>Adds or renews a subscriber; renew well within the expiry (see <see cref="Expiry"/>).</summary>
    Task Subscribe(ILiveSubscriber subscriber);

    Task Unsubscribe(ILiveSubscriber subscriber);

    Task<IReadOnlyList<ILiveSubscriber>> GetSubscribers();

    public static TimeSpan Expiry { get; } = TimeSpan.FromMinutes(2);
}
