using ContactCenter.Load.Bench;
using ContactCenter.Load.Results;

namespace ContactCenter.Load.ChurnBench;

/// <summary>`churn-bench`: scoring speed (model alone and inside the customer grain), then training time per synthetic size.</summary>
internal static class ChurnBenchRunner
{
    public static async Task<int> RunAsync(ChurnBenchOptions options, CancellationToken ct)
    {
        if (!OutputFile.CheckWritable(options.Output)) return 1;
        var load = ChurnBenchResult.ReadLoadAverage();
        BenchReport.Progress($"Training the scoring model ({options.Learner}) on {ChurnBenchOptions.ScoringModelRows:N0} synthetic rows...");
        var (model, _) = TrainingBench.Measure(ChurnBenchOptions.ScoringModelRows, options.Learner, options.Seed, ct);
        BenchReport.Progress($"Scoring with the model alone, up to {options.Scores:N0} calls or {options.MaxSeconds:0} s each...");
        var scoring = ScoringBench.Raw(model, options).ToList();
        scoring.AddRange(await ScoringBench.InGrainAsync(model, options, BenchReport.Progress, ct));
        var training = new List<TrainingMeasurement>();
        foreach (var rows in options.TrainRows)
        {
            BenchReport.Progress($"Training on {rows:N0} synthetic rows...");
            training.Add(TrainingBench.Measure(rows, options.Learner, options.Seed, ct).Measurement);
            // The table and the model of one size are garbage before the next is generated.
            GC.Collect();
        }
        var result = new ChurnBenchResult(options.Learner, "none (one learner, Folds = 0; a stratified 20% hold-out is still scored)",
            ChurnBenchOptions.ScoringModelRows, scoring, training, SyntheticDescription, TimeProvider.System.GetUtcNow(), MachineInfo.Current(), load);
        var files = await ChurnBenchReport.WriteAsync(result, options.Output, ct);
        ChurnBenchReport.Print(result, files);
        return 0;
    }

    private const string SyntheticDescription =
        "SyntheticChurnData: the center's 16 feature columns plus customer_id and churned; counts from Poisson and binomial draws, " +
        "waits exponential, value log-normal, label logistic in complaints, cancellation requests, abandonment, waits, repeats, tenure, value " +
        "and satisfaction, intercept solved for a 20% positive rate.";
}
