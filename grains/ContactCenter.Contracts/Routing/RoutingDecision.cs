namespace ContactCenter.Contracts;

/// <summary>One agent considered for an interaction, in the order routing ranked them.</summary>
[GenerateSerializer, Immutable, Alias("cc.candidate")]
public sealed record AgentCandidate(
    [property: Id(0)] string AgentId,
    [property: Id(1)] double Proficiency,
    [property: Id(2)] double IdleSeconds,
    [property: Id(3)] bool Eligible,
    [property: Id(4)] string Note);

/// <summary>One waiting interaction an agent could have taken when it pulled work.</summary>
[GenerateSerializer, Immutable, Alias("cc.competing-interaction")]
public sealed record CompetingInteraction(
    [property: Id(0)] string QueueId,
    [property: Id(1)] string InteractionId,
    [property: Id(2)] double Score);

/// <summary>
/// Why an interaction went to an agent. Trigger is "arrival" (queue chose among idle agents),
/// "agent-ready" (agent pulled the best work across its queues), "timer" (widening or retry),
/// or "direct-transfer".
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.routing-decision")]
public sealed record RoutingDecision(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] string QueueId,
    [property: Id(2)] string AgentId,
    [property: Id(3)] DateTimeOffset DecidedAt,
    [property: Id(4)] string Trigger,
    [property: Id(5)] ScoreBreakdown Score,
    [property: Id(6)] IReadOnlyList<SkillRequirement> Requirements,
    [property: Id(7)] IReadOnlyList<AgentCandidate> Candidates,
    [property: Id(8)] IReadOnlyList<CompetingInteraction> CompetingInteractions,
    [property: Id(9)] string Reason,
    [property: Id(10)] ChurnInfluence? Churn = null);

/// <summary>
/// What churn did to a routing decision: the customer's risk and value, the points the churn term added to
/// the priority score, and whether the retention preference put retention-skilled agents first.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.churn-influence")]
public sealed record ChurnInfluence(
    [property: Id(0)] double Risk,
    [property: Id(1)] double LifetimeValue,
    [property: Id(2)] double ScorePoints,
    [property: Id(3)] double ShareOfScore,
    [property: Id(4)] bool RetentionFirst,
    [property: Id(5)] string Note);
