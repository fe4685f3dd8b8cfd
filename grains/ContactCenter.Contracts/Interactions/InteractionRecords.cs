namespace ContactCenter.Contracts;

/// <summary>A new interaction as a telephony, chat or email adapter reports it.</summary>
[GenerateSerializer, Immutable, Alias("cc.new-interaction")]
public sealed record NewInteraction(
    [property: Id(0)] Channel Channel,
    [property: Id(1)] string? CustomerId,
    [property: Id(2)] string? CallerId,
    [property: Id(3)] IReadOnlyDictionary<string, string> Attributes,
    [property: Id(4)] int? BasePriority = null,
    [property: Id(5)] string? QueueId = null);

/// <summary>Something that happened to an interaction, kept in its timeline.</summary>
[GenerateSerializer, Immutable, Alias("cc.interaction-event")]
public sealed record InteractionEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] InteractionStatus Status,
    [property: Id(2)] string Detail);

/// <summary>An interaction at one instant, with its full timeline and routing decisions.</summary>
[GenerateSerializer, Immutable, Alias("cc.interaction-snapshot")]
public sealed record InteractionSnapshot(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] string? CustomerId,
    [property: Id(3)] string? CallerId,
    [property: Id(4)] IReadOnlyDictionary<string, string> Attributes,
    [property: Id(5)] InteractionStatus Status,
    [property: Id(6)] string? QueueId,
    [property: Id(7)] string? AgentId,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset? ConnectedAt,
    [property: Id(10)] DateTimeOffset? EndedAt,
    [property: Id(11)] string? WrapUpCode,
    [property: Id(12)] string? Notes,
    [property: Id(13)] IReadOnlyList<InteractionEvent> Timeline,
    [property: Id(14)] IReadOnlyList<RoutingDecision> Decisions,
    [property: Id(15)] QueueEntry? Entry,
    [property: Id(16)] CallState? Call = null);
