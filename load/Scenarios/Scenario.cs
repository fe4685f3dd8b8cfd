namespace ContactCenter.Load.Scenarios;

/// <summary>A load scenario, validated: the center to build and the traffic to send it. Durations are simulated seconds.</summary>
internal sealed record Scenario(
    string Name,
    string Description,
    int Seed,
    IReadOnlyList<QueueSpec> Queues,
    IReadOnlyList<AgentGroupSpec> Agents,
    IReadOnlyList<TierSpec> Customers,
    DurationSpec Patience,
    IReadOnlyList<PhaseSpec> Arrivals,
    LimitsSpec Limits)
{
    public double DurationSeconds => Arrivals.Sum(p => p.DurationSeconds);
}

/// <summary>A queue needing one skill; Share is its part of all arrivals; Fifo ignores value and orders by arrival only.</summary>
internal sealed record QueueSpec(string Id, string Skill, int MinProficiency, double Share, double ServiceLevelPercent, int ThresholdSeconds, bool Fifo);

/// <summary>Count identical agents with skill → proficiency and a handle-time distribution.</summary>
internal sealed record AgentGroupSpec(string Name, int Count, IReadOnlyDictionary<string, int> Skills, DurationSpec HandleTime)
{
    public bool Serves(QueueSpec queue) => Skills.TryGetValue(queue.Skill, out var level) && level >= queue.MinProficiency;
}

/// <summary>A customer value tier: its share of callers and their lifetime value.</summary>
internal sealed record TierSpec(string Tier, double Share, double LifetimeValue);

internal enum DistributionKind { None, Fixed, Exponential, LogNormal }

/// <summary>A random duration. None means "never" (no abandonment when used for patience).</summary>
internal sealed record DurationSpec(DistributionKind Distribution, double MeanSeconds, double Sigma = 0.6)
{
    public static DurationSpec Never { get; } = new(DistributionKind.None, 0);

    /// <summary>Maps pre-drawn uniforms in [0, 1) to a duration, so the same call gets the same draw whoever serves it.</summary>
    public double Sample(double u1, double u2) => Distribution switch
    {
        DistributionKind.None => double.PositiveInfinity,
        DistributionKind.Fixed => MeanSeconds,
        DistributionKind.Exponential => -MeanSeconds * Math.Log(1 - u1),
        _ => Math.Exp(Math.Log(MeanSeconds) - Sigma * Sigma / 2
            + Sigma * Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2)),
    };
}

internal enum PhaseKind { Steady, Ramp, Burst, Daily }

/// <summary>
/// One stretch of the arrival process. Steady: PerMinute throughout. Ramp: PerMinute to ToPerMinute linearly.
/// Burst: PerMinute × Multiplier. Daily: PerMinute × Hourly[hour of day], repeating each day.
/// </summary>
internal sealed record PhaseSpec(PhaseKind Kind, double DurationSeconds, double PerMinute, double ToPerMinute = 0, double Multiplier = 1, IReadOnlyList<double>? Hourly = null)
{
    /// <summary>Arrivals per second at a moment of the phase (seconds since the phase began).</summary>
    public double RateAt(double t) => Kind switch
    {
        PhaseKind.Steady => PerMinute / 60,
        PhaseKind.Ramp => (PerMinute + (ToPerMinute - PerMinute) * Math.Clamp(t / DurationSeconds, 0, 1)) / 60,
        PhaseKind.Burst => PerMinute * Multiplier / 60,
        _ => PerMinute * Hourly![(int)(t / 3600) % 24] / 60,
    };

    public double PeakRate => Kind switch
    {
        PhaseKind.Ramp => Math.Max(PerMinute, ToPerMinute) / 60,
        PhaseKind.Burst => PerMinute * Multiplier / 60,
        PhaseKind.Daily => PerMinute * Hourly!.Max() / 60,
        _ => PerMinute / 60,
    };
}

/// <summary>Hard bounds: a run stops by itself at whichever comes first.</summary>
internal sealed record LimitsSpec(int MaxArrivals, double MaxWallSeconds, double DrainSeconds)
{
    public const int ArrivalCap = 1_000_000;
    public static LimitsSpec Default { get; } = new(100_000, 900, 3600);
}
