namespace ContactCenter.Churn.Tests;

[Collection(TelcoCollection.Name)]
public sealed class TelcoRoundTripTests(TelcoModelFixture telco)
{
    [Fact]
    public void Held_out_rows_rank_churners_well_above_chance()
    {
        var p = telco.Model.ScoreTable(telco.HeldOut);

        Assert.Equal(telco.HeldOut.Rows.Count, p.Count);
        Assert.True(TestData.PairwiseAuc(p, telco.HeldOutLabels) > 0.8, $"AUC {TestData.PairwiseAuc(p, telco.HeldOutLabels)}");
        Assert.True(telco.Model.Info.HeldOut.RocAuc > 0.8, $"internal held-out AUC {telco.Model.Info.HeldOut.RocAuc}");
    }

    [Fact]
    public void Scoring_one_row_at_a_time_matches_the_batch_and_needs_no_label()
    {
        var batch = telco.Model.ScoreTable(telco.HeldOut);
        for (var r = 0; r < telco.HeldOut.Rows.Count; r += 7)
        {
            var row = new Dictionary<string, string?>(TestData.Row(telco.HeldOut, r));
            row.Remove("Churn");
            Assert.Equal(batch[r], telco.Model.Score(row, explain: 0).Probability, 6);
        }
    }

    [Fact]
    public void A_saved_and_reloaded_model_predicts_the_same_and_keeps_its_description()
    {
        var reloaded = ChurnModel.Load(telco.Model.ToBytes());

        Assert.Equal(telco.Model.ScoreTable(telco.HeldOut), reloaded.ScoreTable(telco.HeldOut));
        var row = TestData.Row(telco.HeldOut, 3);
        Assert.Equal(telco.Model.Score(row), reloaded.Score(row), new PredictionComparer());
        Assert.Equal(telco.Model.Info.Version, reloaded.Info.Version);
        Assert.Equal(telco.Model.Info.Columns, reloaded.Info.Columns);
        Assert.Equal(telco.Model.Info.Trials, reloaded.Info.Trials);
        Assert.Equal(telco.Model.Info.HeldOut, reloaded.Info.HeldOut);
    }

    [Fact]
    public void The_description_is_complete()
    {
        var info = telco.Model.Info;

        Assert.Matches(@"^20250301-142210-[0-9a-f]{8}$", info.Version);
        Assert.Equal(TelcoModelFixture.TrainedAt, info.TrainedAt);
        Assert.Equal("telco-training", info.Source);
        Assert.Equal(telco.Training.Rows.Count, info.TrainingRows + info.HeldOutRows);
        Assert.InRange(info.HeldOutRows, 0.19 * telco.Training.Rows.Count, 0.21 * telco.Training.Rows.Count);
        Assert.Equal(("Churn", "Yes"), (info.Label, info.Positive));
        Assert.Equal(["customerID"], info.IdColumns);
        Assert.Equal(19, info.Columns.Count);
        Assert.Contains(new ModelColumn("TotalCharges", true, 0, info.Columns.Single(c => c.Name == "TotalCharges").Blanks), info.Columns);
        Assert.Equal(3, info.Columns.Single(c => c.Name == "Contract").Categories);
        Assert.InRange(info.Roc.Count, 10, 100);
        Assert.Equal((0.0, 0.0), (info.Roc[0].FalsePositiveRate, info.Roc[0].TruePositiveRate));
        Assert.Equal((1.0, 1.0), (info.Roc[^1].FalsePositiveRate, info.Roc[^1].TruePositiveRate));
        Assert.Equal(10, info.Calibration.Count);
        Assert.Equal(info.HeldOutRows, info.Calibration.Sum(b => b.Count));
        Assert.Equal(19, info.Importance.Count);
        Assert.Equal(info.Importance.OrderByDescending(i => i.AucDrop).ToList(), info.Importance);
        Assert.Contains(info.Importance.Take(3), i => i.Feature is "Contract" or "tenure");
        Assert.InRange(info.HeldOut.PositiveRate, 0.2, 0.33);
        Assert.InRange(info.HeldOut.LogLoss, 0.2, 0.6);
    }

    [Fact]
    public void Cross_validation_tries_each_learner_and_keeps_the_best()
    {
        var info = telco.Model.Info;

        Assert.Equal(TelcoModelFixture.Learners, info.Trials.Select(t => t.Learner));
        Assert.All(info.Trials, t => Assert.Equal(3, t.Folds));
        Assert.All(info.Trials, t => Assert.InRange(t.MeanAuc, 0.8, 0.9));
        Assert.Equal(info.Trials.MaxBy(t => t.MeanAuc)!.Learner, info.Learner);
    }

    [Fact]
    public void Progress_goes_through_every_stage_in_order()
    {
        var stages = telco.Progress.Select(p => p.Stage).ToList();

        Assert.StartsWith("reading", stages[0]);
        Assert.Contains("cross-validation: logistic-l2=1 fold 3 of 3", stages);
        Assert.Contains(stages, s => s.StartsWith("refitting", StringComparison.Ordinal));
        Assert.Contains(stages, s => s.StartsWith("importance", StringComparison.Ordinal));
        Assert.Equal(1, telco.Progress[^1].Fraction);
        Assert.Equal(telco.Progress.Select(p => p.Fraction).Order(), telco.Progress.Select(p => p.Fraction));
    }

    [Fact]
    public void Explanations_name_columns_with_their_raw_values_largest_first()
    {
        var row = TestData.Row(telco.HeldOut, 0);
        var prediction = telco.Model.Score(row, explain: 4);

        Assert.InRange(prediction.Top.Count, 1, 4);
        Assert.Equal(prediction.Top.OrderByDescending(c => Math.Abs(c.Contribution)).ToList(), prediction.Top);
        Assert.All(prediction.Top, c => Assert.Equal(row[c.Feature], c.Value));
        Assert.All(prediction.Top, c => Assert.InRange(c.Contribution, -1, 1));
        Assert.Empty(telco.Model.Score(row, explain: 0).Top);
    }

    private sealed class PredictionComparer : IEqualityComparer<ChurnPrediction>
    {
        public bool Equals(ChurnPrediction? x, ChurnPrediction? y) =>
            x!.Probability == y!.Probability && x.Top.SequenceEqual(y.Top);
        public int GetHashCode(ChurnPrediction obj) => obj.Probability.GetHashCode();
    }
}
