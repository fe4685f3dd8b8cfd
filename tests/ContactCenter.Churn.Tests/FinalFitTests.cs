namespace ContactCenter.Churn.Tests;

public sealed class FinalFitTests
{
    [Fact]
    public void A_final_fit_on_all_rows_keeps_the_held_out_metrics_and_saves_a_model_fit_on_every_row()
    {
        var table = TestData.Csv(SmallData.Csv(rows: 120));
        var trainer = new ChurnTrainer(TimeProvider.System);

        var evaluated = trainer.Train(table, SmallData.Spec());
        var final = trainer.Train(table, SmallData.Spec() with { FinalFitOnAllRows = true });

        Assert.Equal(0, evaluated.Info.FinalFitRows);
        Assert.Equal(120, final.Info.FinalFitRows);
        Assert.Equal((90, 30), (final.Info.TrainingRows, final.Info.HeldOutRows));
        Assert.Equal(evaluated.Info.HeldOut, final.Info.HeldOut);
        // The held-out quarter is now part of what the saved model learned from, so its predictions move.
        var row = new Dictionary<string, string?> { ["plan"] = "basic", ["spend"] = "83", ["tenure"] = "2", ["region"] = "north" };
        Assert.NotEqual(evaluated.Score(row, 0).Probability, final.Score(row, 0).Probability);
    }
}
