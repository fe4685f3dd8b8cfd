using System.Diagnostics;
using ContactCenter.Churn;
using ContactCenter.Churn.Center;
using ContactCenter.Contracts;
using ContactCenter.Demo;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>
/// The risks the comparison routes on: a model trained on the seeded population's own history, exactly as the
/// demo bootstraps its first model (the center's training rows: features frozen when a customer left, live
/// otherwise; by default the same quick learner, no cross-validation), then every active customer scored as of
/// the run's start. Trained here rather than read back from a bootstrapped cluster so that it is deterministic for
/// a seed and costs one training, not one per policy; the same model is promoted in each run's cluster, so the
/// customer grains score their callers with it exactly as here.
/// </summary>
internal static class ChurnRiskModel
{
    /// <summary>The demo bootstrap's learner.</summary>
    public static string DefaultLearner => CenterChurnTraining.QuickSpec.Learners![0];

    public static (ChurnModel Model, double Seconds) Train(IReadOnlyList<DemoCustomer> population, DateTimeOffset at, string learner, int seed, CancellationToken ct)
    {
        var rows = population.Select(c => new ChurnTrainingRow(c.Profile.CustomerId, Features(c, c.ChurnedAt ?? at), c.ChurnedAt is not null));
        var table = CenterChurnHistory.ToTable(rows, $"demo population of {population.Count:N0}, seed {seed}");
        var clock = Stopwatch.StartNew();
        var model = new ChurnTrainer(TimeProvider.System).Train(table, CenterChurnTraining.QuickSpec with { Learners = [learner], Seed = seed }, null, ct);
        return (model, clock.Elapsed.TotalSeconds);
    }

    public static double Score(ChurnModel model, DemoCustomer customer, DateTimeOffset at) =>
        Math.Clamp(model.Score(Features(customer, at).ToRow(), 0).Probability, 0, 1);

    private static ChurnFeatures Features(DemoCustomer c, DateTimeOffset at) => ChurnFeatureCalculator.From(c.Profile, c.History, at);
}
