using ContactCenter.Load.Results;

namespace ContactCenter.Load.Failover;

/// <summary>Everything one failover measurement found; written as JSON and summarised in Markdown and on the console.</summary>
internal sealed record FailoverResult(
    DateTimeOffset MeasuredAt,
    FailoverRunSettings Settings,
    KillOutcome? Kill,
    KillPlacement? Placement,
    InteractionCounts Interactions,
    AuditSummary Audit,
    RoutingAnalysis Routing,
    LatencyByPhase RoutingLatencyMs,
    IReadOnlyList<ErrorCount> DriverErrors,
    double ArrivalsEndSeconds,
    double DrainSeconds,
    bool Drained,
    IReadOnlyList<int> ArrivalsPerSecond,
    IReadOnlyList<int> AssignmentsPerSecond,
    RedisCost? Redis = null,
    string? CreatesThrough = null);

internal sealed record FailoverRunSettings(
    string Redis, string ClusterId, string Prefix, double RatePerSecond, int Agents, double HandleSeconds,
    double DurationSeconds, double KillAfterSeconds, double DrainSeconds, int CreateAttempts, int Seed, int ProcessorCount);

/// <summary>Created: creations the driver saw succeed; CreationFailed: given up after every attempt (the audit says whether they exist after all).</summary>
/// <summary>Refusals: "too busy" answers (503 with Retry-After, or Orleans shedding load), apart from failures; GaveUp: callers who left after too many.</summary>
internal sealed record InteractionCounts(int Planned, int Arrived, int Created, int CreatedAfterRetry, int CreationFailed, int AnsweredMoreThanOnce, int EndedWithoutAgentComplete,
    int Refusals = 0, int CreatedAfterRefusal = 0, int GaveUp = 0);

/// <summary>The audit: terminal statuses by name, still queued, LOST with reasons (and a few ids per reason), not created.</summary>
internal sealed record AuditSummary(
    int Audited,
    IReadOnlyDictionary<string, int> TerminalByStatus,
    int StillQueued,
    int Lost,
    IReadOnlyList<LostReason> LostReasons,
    int NotCreated,
    int Refused = 0);

internal sealed record LostReason(string Reason, int Count, IReadOnlyList<string> ExampleIds);

/// <summary>Routing latency (arrival to offer, agent free at once) for calls that arrived before the kill, between the kill and SettledAt, and after.</summary>
internal sealed record LatencyByPhase(Percentiles BeforeKill, Percentiles KillToSettled, Percentiles AfterRecovery);
