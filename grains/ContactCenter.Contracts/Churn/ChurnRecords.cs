namespace ContactCenter.Contracts;

/// <summary>A customer's churn risk at one moment, and the model version that gave it.</summary>
[GenerateSerializer, Immutable, Alias("cc.risk-point")]
public sealed record RiskPoint(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] double Risk,
    [property: Id(2)] string ModelVersion);

/// <summary>Everything the analyst's customer page shows about churn.</summary>
[GenerateSerializer, Immutable, Alias("cc.customer-churn")]
public sealed record CustomerChurnView(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] double Risk,
    [property: Id(2)] string? ModelVersion,
    [property: Id(3)] DateTimeOffset? ScoredAt,
    [property: Id(4)] IReadOnlyList<FeatureContribution> TopContributions,
    [property: Id(5)] ChurnFeatures Features,
    [property: Id(6)] IReadOnlyList<RiskPoint> History,
    [property: Id(7)] DateTimeOffset? ChurnedAt);

/// <summary>One customer as training data: features (frozen when they left) and whether they left.</summary>
[GenerateSerializer, Immutable, Alias("cc.churn-training-row")]
public sealed record ChurnTrainingRow(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] ChurnFeatures Features,
    [property: Id(2)] bool Churned);

public enum RiskBand { Low, Medium, High }

public static class RiskBands
{
    public const double Medium = 0.3;
    public const double High = 0.6;

    public static RiskBand Of(double risk) => risk >= High ? RiskBand.High : risk >= Medium ? RiskBand.Medium : RiskBand.Low;
}

/// <summary>One line of the at-risk list.</summary>
[GenerateSerializer, Immutable, Alias("cc.at-risk-entry")]
public sealed record AtRiskEntry(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string Name,
    [property: Id(2)] ValueTier Tier,
    [property: Id(3)] double LifetimeValue,
    [property: Id(4)] double Risk,
    [property: Id(5)] string? LastQueueId,
    [property: Id(6)] DateTimeOffset? LastContactAt,
    [property: Id(7)] bool Churned)
{
    /// <summary>Expected value at stake: what the list sorts by.</summary>
    public double RiskTimesValue => Risk * LifetimeValue;

    /// <summary>
    /// The at-risk list's one order: risk × value, highest first, then id. Shards and the merge of their pages
    /// must agree on it, or the merged top would not be the true top.
    /// </summary>
    public static IOrderedEnumerable<AtRiskEntry> Ranked(IEnumerable<AtRiskEntry> entries) =>
        entries.OrderByDescending(e => e.RiskTimesValue).ThenBy(e => e.CustomerId, StringComparer.Ordinal);
}

/// <summary>Filters of the at-risk list; null means any.</summary>
[GenerateSerializer, Immutable, Alias("cc.at-risk-filter")]
public sealed record AtRiskFilter(
    [property: Id(0)] ValueTier? Tier = null,
    [property: Id(1)] string? QueueId = null,
    [property: Id(2)] RiskBand? Band = null,
    [property: Id(3)] bool IncludeChurned = false);

/// <summary>A page of the at-risk list and how many matched in all.</summary>
[GenerateSerializer, Immutable, Alias("cc.at-risk-page")]
public sealed record AtRiskPage(
    [property: Id(0)] IReadOnlyList<AtRiskEntry> Entries,
    [property: Id(1)] int Matched,
    [property: Id(2)] int Indexed);
