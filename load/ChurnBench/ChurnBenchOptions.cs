namespace ContactCenter.Load.ChurnBench;

/// <summary>
/// `churn-bench` settings. Scores bounds every scoring measurement by count and MaxSeconds by wall clock;
/// Customers are the customer grains scored in turn; TrainRows are the synthetic training sizes timed.
/// </summary>
internal sealed record ChurnBenchOptions(
    IReadOnlyList<int> TrainRows, string Learner, int Customers, int Scores, int Concurrency, double MaxSeconds, int Seed, FileInfo Output)
{
    /// <summary>One tree learner with fixed settings: timing a single fit says how training scales, cross-validation would multiply it.</summary>
    public const string DefaultLearner = "lightgbm-leaves=16-iter=100-lr=0.05";

    /// <summary>The scoring model's training size: large enough for full-depth trees, quick to fit.</summary>
    public const int ScoringModelRows = 10_000;
}
