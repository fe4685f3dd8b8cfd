namespace ContactCenter.Contracts;

/// <summary>
/// What an interaction brings to a queue: everything the queue needs to score and match it,
/// so a queue never has to call back to learn it. ArrivedAt is kept across overflow and
/// re-queueing, so a caller never loses their place.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.queue-entry")]
public sealed record QueueEntry(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] string QueueId,
    [property: Id(2)] Channel Channel,
    [property: Id(3)] string? CustomerId,
    [property: Id(4)] int BasePriority,
    [property: Id(5)] ValueTier Tier,
    [property: Id(6)] double LifetimeValue,
    [property: Id(7)] double ChurnRisk,
    [property: Id(8)] IReadOnlyList<SkillRequirement> ExtraSkills,
    [property: Id(9)] DateTimeOffset ArrivedAt,
    [property: Id(10)] DateTimeOffset QueuedAt,
    [property: Id(11)] bool AtFront,
    [property: Id(12)] int OverflowHops);

/// <summary>
/// An offer of one interaction to one agent, with the decision that made it. WrapUpSeconds is the queue's
/// wrap-up limit (null: none), carried so the agent's own timer can end wrap-up without asking the queue.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.offer")]
public sealed record Offer(
    [property: Id(0)] QueueEntry Entry,
    [property: Id(1)] DateTimeOffset OfferedAt,
    [property: Id(2)] int TimeoutSeconds,
    [property: Id(3)] RoutingDecision Decision,
    [property: Id(4)] int? WrapUpSeconds = null);

/// <summary>The best waiting interaction a queue holds for a given agent.</summary>
[GenerateSerializer, Immutable, Alias("cc.work-peek")]
public sealed record WorkPeek(
    [property: Id(0)] string QueueId,
    [property: Id(1)] string InteractionId,
    [property: Id(2)] double Score);
