namespace ContactCenter.Grains.Routing;

/// <summary>The priority score of a waiting interaction, with its parts kept for the decision record.</summary>
public static class PriorityScore
{
    /// <summary>Value counts in thousands, capped, so one huge account cannot swamp every other term.</summary>
    public const double ValueCapThousands = 10;

    public static ScoreBreakdown Of(QueueEntry entry, QueueConfig config, DateTimeOffset now)
    {
        var w = config.Weights;
        var waited = Math.Max(0, (now - entry.ArrivedAt).TotalSeconds);
        var value = Math.Min(entry.LifetimeValue / 1000, ValueCapThousands);
        return new ScoreBreakdown(
            Base: w.Base * entry.BasePriority,
            Tier: w.Tier * (int)entry.Tier,
            ChurnValue: w.ChurnValue * entry.ChurnRisk * value,
            Aging: w.AgingPerSecond * waited,
            SlaMargin: w.SlaMargin * Math.Min(waited / config.ServiceLevel.ThresholdSeconds, 1));
    }
}
