namespace ContactCenter.Contracts;

/// <summary>One piece of work an agent holds. OfferExpiresAt is set while it is offered.</summary>
[GenerateSerializer, Immutable, Alias("cc.work-item")]
public sealed record WorkItem(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] string QueueId,
    [property: Id(3)] WorkStatus Status,
    [property: Id(4)] DateTimeOffset Since,
    [property: Id(5)] DateTimeOffset? ConnectedAt,
    [property: Id(6)] DateTimeOffset? OfferExpiresAt = null,
    [property: Id(7)] int? WrapUpLimitSeconds = null,
    [property: Id(8)] DateTimeOffset? WrapUpEndsAt = null,
    [property: Id(9)] string? DraftCode = null,
    [property: Id(10)] string? DraftNotes = null,
    [property: Id(11)] CallState? Call = null,
    [property: Id(12)] string? ConsultFrom = null)
{
    /// <summary>A consult request or leg: this agent helps ConsultFrom on a call that is not its own.</summary>
    public bool IsConsult => ConsultFrom is not null;
}

/// <summary>An agent's figures since the agent grain was activated. TalkSeconds includes HoldSeconds.</summary>
[GenerateSerializer, Immutable, Alias("cc.agent-counters")]
public sealed record AgentCounters(
    [property: Id(0)] int Handled,
    [property: Id(1)] int Missed,
    [property: Id(2)] double TalkSeconds,
    [property: Id(3)] double WrapUpSeconds,
    [property: Id(4)] double HoldSeconds = 0)
{
    public static AgentCounters Zero { get; } = new(0, 0, 0, 0, 0);
}

/// <summary>Everything about an agent at one instant.</summary>
[GenerateSerializer, Immutable, Alias("cc.agent-snapshot")]
public sealed record AgentSnapshot(
    [property: Id(0)] AgentProfile Profile,
    [property: Id(1)] AgentPresence Presence,
    [property: Id(2)] string? NotReadyReason,
    [property: Id(3)] DateTimeOffset StateSince,
    [property: Id(4)] DateTimeOffset? IdleSince,
    [property: Id(5)] IReadOnlyList<WorkItem> Work,
    [property: Id(6)] AgentCounters Counters,
    [property: Id(7)] IReadOnlyList<string> Queues,
    [property: Id(8)] long Version,
    [property: Id(9)] AgentNotice? Notice = null);

/// <summary>Why an offer left the agent without being answered: "withdrawn" (with why) or "missed".</summary>
[GenerateSerializer, Immutable, Alias("cc.agent-notice")]
public sealed record AgentNotice(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] string QueueId,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At)
{
    public const string Withdrawn = "withdrawn";
    public const string Missed = "missed";
}
