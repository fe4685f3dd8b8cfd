namespace ContactCenter.Contracts;

/// <summary>Where a consult stands: the second agent's phone rings, or they are talking to the first agent.</summary>
public enum ConsultStatus { Ringing, Connected }

/// <summary>A consult the connected agent started: the agent dialled (chosen directly or through a queue).</summary>
[GenerateSerializer, Immutable, Alias("cc.consult-leg")]
public sealed record ConsultLeg(
    [property: Id(0)] string AgentId,
    [property: Id(1)] string? ViaQueueId,
    [property: Id(2)] ConsultStatus Status,
    [property: Id(3)] DateTimeOffset Since);

/// <summary>
/// The voice state of a connected interaction, owned by the interaction grain. HoldSeconds and TalkSeconds
/// are totals up to At (talk includes hold). Parties are further agents in a conference.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.call-state")]
public sealed record CallState(
    [property: Id(0)] bool OnHold,
    [property: Id(1)] DateTimeOffset? HoldSince,
    [property: Id(2)] bool Muted,
    [property: Id(3)] ConsultLeg? Consult,
    [property: Id(4)] IReadOnlyList<string> Parties,
    [property: Id(5)] double HoldSeconds,
    [property: Id(6)] double TalkSeconds,
    [property: Id(7)] DateTimeOffset At)
{
    public static CallState Idle(DateTimeOffset at) => new(false, null, false, null, [], 0, 0, at);

    /// <summary>The name used in refusals: "Cannot go from OnHold to Muted".</summary>
    public string Name => Consult is not null ? (OnHold ? "Consulting (caller on hold)" : "Consulting")
        : OnHold ? "OnHold" : Parties.Count > 0 ? "Conference" : Muted ? "Muted" : "Talking";
}

/// <summary>Consult another agent directly, or whoever is free first in a queue. Exactly one of the two.</summary>
[GenerateSerializer, Immutable, Alias("cc.consult-target")]
public sealed record ConsultTarget(
    [property: Id(0)] string? AgentId,
    [property: Id(1)] string? QueueId);

/// <summary>A consult request to an agent: who asks, on which interaction, and until when it rings.</summary>
[GenerateSerializer, Immutable, Alias("cc.consult-offer")]
public sealed record ConsultOffer(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] string QueueId,
    [property: Id(3)] string FromAgentId,
    [property: Id(4)] DateTimeOffset OfferedAt,
    [property: Id(5)] int TimeoutSeconds,
    [property: Id(6)] int? WrapUpSeconds);
