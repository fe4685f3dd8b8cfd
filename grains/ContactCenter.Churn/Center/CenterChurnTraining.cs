using Orleans;

namespace ContactCenter.Churn.Center;

/// <summary>
/// Trains a candidate model on the center's own history (collect, then ChurnTrainer). It does not promote:
/// the dashboard shows the candidate first, and the demo bootstrap promotes it with <see cref="ChurnRescore.Promote"/>.
/// </summary>
public sealed class CenterChurnTraining(IGrainFactory grains, TimeProvider time)
{
    /// <summary>Share of the progress bar spent collecting customers; training takes the rest.</summary>
    private const double CollectShare = 0.2;

    /// <summary>The full search: every learner, cross-validated.</summary>
    public static ChurnTrainingSpec DefaultSpec { get; } = new(ChurnFeatureNames.Label, ChurnFeatureNames.Positive, [ChurnFeatureNames.CustomerId]);

    /// <summary>One fast learner, no cross-validation: seconds, for the demo's first model.</summary>
    public static ChurnTrainingSpec QuickSpec { get; } = DefaultSpec with { Learners = ["logistic"], Folds = 0 };

    public async Task<ChurnModel> Train(ChurnTrainingSpec? spec = null, IProgress<ChurnTrainingProgress>? progress = null, CancellationToken ct = default)
    {
        var collecting = progress is null ? null : new Relay<CenterWalkProgress>(p =>
            progress.Report(new ChurnTrainingProgress($"Collecting customers ({p.Done:N0}/{p.Total:N0}, {p.Churned:N0} churned)",
                CollectShare * p.Done / Math.Max(1, p.Total))));
        var rows = await new CenterChurnHistory(grains).Collect(collecting, ct);
        if (rows.Count == 0) throw new ChurnDataException("rows", "The center has no customers to learn from yet.");
        var table = CenterChurnHistory.ToTable(rows, $"center history, {rows.Count:N0} customers at {time.GetUtcNow():yyyy-MM-dd HH:mm}Z");
        var training = progress is null ? null : new Scaled(progress, CollectShare);
        // Training is CPU-bound and synchronous; off the caller's thread so a UI or host loop stays responsive.
        return await Task.Run(() => new ChurnTrainer(time).Train(table, spec ?? DefaultSpec, training, ct), ct);
    }

    /// <summary>Reports synchronously, in order (Progress&lt;T&gt; posts, and may reorder).</summary>
    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    private sealed class Scaled(IProgress<ChurnTrainingProgress> inner, double from) : IProgress<ChurnTrainingProgress>
    {
        public void Report(ChurnTrainingProgress value) => inner.Report(value with { Fraction = from + (1 - from) * value.Fraction });
    }
}
