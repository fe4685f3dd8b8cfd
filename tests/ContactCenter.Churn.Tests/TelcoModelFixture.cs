using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Churn.Tests;

/// <summary>
/// One model trained on the Telco file, shared by the tests that only read it. The tests hold out a stratified
/// quarter of the file themselves (every fourth row of each class), so scoring is on rows training never saw.
/// Two learners and three folds keep it to seconds while still exercising the choice by cross-validation.
/// </summary>
public sealed class TelcoModelFixture
{
    public static readonly DateTimeOffset TrainedAt = new(2025, 3, 1, 14, 22, 10, TimeSpan.Zero);
    public static readonly IReadOnlyList<string> Learners = ["logistic-l2=1", "lightgbm-leaves=16-iter=100-lr=0.05"];

    public TelcoModelFixture()
    {
        var telco = TestData.Telco();
        var churn = telco.IndexOf("Churn");
        var byClass = Enumerable.Range(0, telco.Rows.Count).GroupBy(r => telco.Rows[r][churn]);
        var heldOut = byClass.SelectMany(g => g.Where((_, k) => k % 4 == 0)).Order().ToList();
        Training = TestData.Subset(telco, Enumerable.Range(0, telco.Rows.Count).Except(heldOut), "telco-training");
        HeldOut = TestData.Subset(telco, heldOut, "telco-held-out");
        HeldOutLabels = [.. HeldOut.Rows.Select(r => r[churn] == "Yes")];
        var progress = new ListProgress();
        Model = new ChurnTrainer(new FakeTimeProvider(TrainedAt)).Train(
            Training, new ChurnTrainingSpec("Churn", "Yes", ["customerID"], Folds: 3, Learners: Learners), progress);
        Progress = progress.Reports;
    }

    public ChurnTable Training { get; }
    public ChurnTable HeldOut { get; }
    public IReadOnlyList<bool> HeldOutLabels { get; }
    public ChurnModel Model { get; }
    public IReadOnlyList<ChurnTrainingProgress> Progress { get; }

    private sealed class ListProgress : IProgress<ChurnTrainingProgress>
    {
        public List<ChurnTrainingProgress> Reports { get; } = [];
        public void Report(ChurnTrainingProgress value) => Reports.Add(value);
    }
}

/// <summary>The tests that share the one Telco model (trained once for all of them).</summary>
[CollectionDefinition(Name)]
public sealed class TelcoCollection : ICollectionFixture<TelcoModelFixture>
{
    public const string Name = "telco model";
}
