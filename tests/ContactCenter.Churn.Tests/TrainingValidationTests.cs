namespace ContactCenter.Churn.Tests;

public sealed class TrainingValidationTests
{
    private static readonly ChurnTrainer Trainer = new(TimeProvider.System);

    private static ChurnDataException Refused(string csv, ChurnTrainingSpec? spec = null) =>
        Assert.Throws<ChurnDataException>(() => Trainer.Train(TestData.Csv(csv, "small.csv"), spec ?? SmallData.Spec()));

    [Fact]
    public void A_missing_label_column_names_it_and_lists_the_columns()
    {
        var ex = Refused(SmallData.Csv(), SmallData.Spec() with { Label = "Churned" });

        Assert.Equal("label", ex.Field);
        Assert.Contains("'Churned'", ex.Message);
        Assert.Contains("did you mean 'churned'", ex.Message);
        Assert.Contains("customer, plan, spend, tenure, region, churned", ex.Message);
    }

    [Fact]
    public void A_label_with_one_class_only_is_refused()
    {
        var ex = Refused(SmallData.Csv(label: _ => "yes"));

        Assert.Equal("label", ex.Field);
        Assert.Contains("only one class", ex.Message);
    }

    [Fact]
    public void All_blank_labels_leave_no_usable_rows()
    {
        var ex = Refused(SmallData.Csv(label: _ => " "));

        Assert.Equal("label", ex.Field);
        Assert.Contains("no usable rows", ex.Message);
    }

    [Fact]
    public void A_positive_value_never_seen_is_named_with_the_values_seen()
    {
        var ex = Refused(SmallData.Csv(), SmallData.Spec() with { Positive = "churned" });

        Assert.Equal("positive", ex.Field);
        Assert.Contains("'churned'", ex.Message);
        Assert.Contains("values seen: no, yes", ex.Message);
    }

    [Fact]
    public void A_missing_id_column_is_refused()
    {
        var ex = Refused(SmallData.Csv(), SmallData.Spec() with { IdColumns = ["account"] });

        Assert.Equal("id", ex.Field);
        Assert.Contains("'account'", ex.Message);
    }

    [Fact]
    public void Too_few_rows_of_a_class_for_the_split_and_folds_is_refused()
    {
        // 3 of 12 rows churn (rows 0, 3, 6, 9 → 4): a 25% hold-out leaves 3, fewer than 5 folds need.
        var ex = Refused(SmallData.Csv(rows: 12), SmallData.Spec(folds: 5));

        Assert.Equal("label", ex.Field);
        Assert.Contains("too few rows of class 'yes'", ex.Message);
    }

    [Fact]
    public void A_header_without_rows_has_no_usable_rows()
    {
        var ex = Refused(SmallData.Header + "\n");

        Assert.Equal("label", ex.Field);
        Assert.Contains("no usable rows", ex.Message);
    }

    [Fact]
    public void Without_folds_the_first_candidate_is_trained_and_no_trials_are_recorded()
    {
        var model = Trainer.Train(TestData.Csv(SmallData.Csv()), SmallData.Spec(folds: 1, learners: [ChurnLearners.LightGbm, ChurnLearners.Logistic]));

        Assert.Empty(model.Info.Trials);
        Assert.Equal(ChurnLearners.All[0], model.Info.Learner);
    }

    [Fact]
    public void An_unknown_learner_is_refused()
    {
        var ex = Refused(SmallData.Csv(), SmallData.Spec(learners: ["forest"]));

        Assert.Equal("learners", ex.Field);
        Assert.Contains("forest", ex.Message);
    }

    [Fact]
    public void Rows_with_a_blank_label_are_skipped_and_counted()
    {
        var model = Trainer.Train(TestData.Csv(SmallData.Csv(label: i => i % 10 == 7 ? "" : i % 3 == 0 ? "yes" : "no")), SmallData.Spec());

        Assert.Equal(6, model.Info.SkippedRows);
        Assert.Equal(54, model.Info.TrainingRows + model.Info.HeldOutRows);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        Assert.Equal("model", Assert.Throws<ChurnDataException>(() => ChurnModel.Load([1, 2, 3, 4])).Field);
        Assert.Equal("model", Assert.Throws<ChurnDataException>(() => ChurnModel.Load(EmptyZip())).Field);
    }

    [Fact]
    public void Cancellation_stops_training()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Trainer.Train(TestData.Csv(SmallData.Csv()), SmallData.Spec(folds: 2), ct: cancelled.Token));
    }

    private static byte[] EmptyZip()
    {
        using var buffer = new MemoryStream();
        using (new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true)) { }
        return buffer.ToArray();
    }
}
