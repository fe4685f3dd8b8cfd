namespace ContactCenter.Contracts;

/// <summary>One waiting interaction as a queue sees it, with its current score.</summary>
[GenerateSerializer, Immutable, Alias("cc.waiting-item")]
public sealed record WaitingItem(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] string? CustomerId,
    [property: Id(3)] DateTimeOffset QueuedAt,
    [property: Id(4)] double WaitSeconds,
    [property: Id(5)] ScoreBreakdown Score,
    [property: Id(6)] IReadOnlyList<SkillRequirement> CurrentRequirements,
    [property: Id(7)] bool BeingOffered);

/// <summary>A queue's counters over a period (today, or the last 15 minutes).</summary>
[GenerateSerializer, Immutable, Alias("cc.queue-stats")]
public sealed record QueueStats(
    [property: Id(0)] int Arrivals,
    [property: Id(1)] int Answered,
    [property: Id(2)] int AnsweredWithinThreshold,
    [property: Id(3)] int Abandoned,
    [property: Id(4)] int OverflowedOut,
    [property: Id(5)] int Completed,
    [property: Id(6)] double TotalAnswerWaitSeconds,
    [property: Id(7)] double TotalHandleSeconds)
{
    public static QueueStats Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Share of answered or abandoned interactions that were answered within the threshold, in %.</summary>
    public double ServiceLevelPercent => Answered + Abandoned == 0 ? 100 : 100.0 * AnsweredWithinThreshold / (Answered + Abandoned);
    public double AverageSpeedOfAnswerSeconds => Answered == 0 ? 0 : TotalAnswerWaitSeconds / Answered;
    public double AverageHandleSeconds => Completed == 0 ? 0 : TotalHandleSeconds / Completed;
    public double AbandonPercent => Arrivals == 0 ? 0 : 100.0 * Abandoned / Arrivals;

    /// <summary>The two periods' counters added, e.g. for totals across queues.</summary>
    public QueueStats Plus(QueueStats b) => new(
        Arrivals + b.Arrivals, Answered + b.Answered, AnsweredWithinThreshold + b.AnsweredWithinThreshold,
        Abandoned + b.Abandoned, OverflowedOut + b.OverflowedOut, Completed + b.Completed,
        TotalAnswerWaitSeconds + b.TotalAnswerWaitSeconds, TotalHandleSeconds + b.TotalHandleSeconds);
}

/// <summary>A queue at one instant: configuration, who waits (best first), available agents, today's stats and the last 15 minutes'.</summary>
[GenerateSerializer, Immutable, Alias("cc.queue-snapshot")]
public sealed record QueueSnapshot(
    [property: Id(0)] QueueConfig Config,
    [property: Id(1)] IReadOnlyList<WaitingItem> Waiting,
    [property: Id(2)] IReadOnlyList<string> AvailableAgents,
    [property: Id(3)] QueueStats Stats,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] QueueStats? Last15Minutes = null);
