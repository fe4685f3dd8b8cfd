namespace ContactCenter.Load.Replay;

/// <summary>
/// One historical call in the shape a replay needs: when it reached the queue, how long the caller
/// waited or was patient for, and how long a named agent served it. Keeping only these fields
/// decouples the replay from the trace's quirky column layout.
/// </summary>
/// <param name="CallId">The trace's call id (unique per VRU line, not globally).</param>
/// <param name="CustomerId">Kept as text: some ids in the public copy were mangled into scientific notation.</param>
/// <param name="Priority">1 = regular (legacy 0 is mapped to 1), 2 = priority.</param>
/// <param name="Type">Service type code such as PS, PE, IN, NE, NW or TT.</param>
/// <param name="ArrivedAt">When the call left the VRU: date + vru_exit, after midnight handling.</param>
/// <param name="WaitSeconds">q_time; 0 when the call never queued. For abandoned calls this is the caller's patience.</param>
/// <param name="Outcome">Answered by a named agent or abandoned in the queue.</param>
/// <param name="ServiceSeconds">ser_time when answered, else 0.</param>
/// <param name="Server">The agent's name; null when nobody served the call.</param>
/// <param name="ServiceStartedAt">date + ser_start for answered calls; null otherwise.</param>
/// <param name="ServiceEndedAt">date + ser_exit for answered calls; null otherwise.</param>
public sealed record TraceCall(
    long CallId,
    string CustomerId,
    int Priority,
    string Type,
    DateTimeOffset ArrivedAt,
    double WaitSeconds,
    TraceOutcome Outcome,
    double ServiceSeconds,
    string? Server,
    DateTimeOffset? ServiceStartedAt,
    DateTimeOffset? ServiceEndedAt);
