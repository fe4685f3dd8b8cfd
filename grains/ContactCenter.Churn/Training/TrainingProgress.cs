namespace ContactCenter.Churn.Training;

/// <summary>Stage names and the share of the run each stage takes (cross-validation is most of it).</summary>
internal sealed class TrainingProgress(IProgress<ChurnTrainingProgress>? sink)
{
    private const double CrossValidationStart = 0.10, CrossValidationEnd = 0.75;

    public void Reading(int rows) => Report($"reading {rows} rows", 0);
    public void Columns() => Report("detecting columns", 0.05);

    public void CrossValidation(string learner, int learnerIndex, int learners, int fold, int folds)
    {
        var done = (learnerIndex * folds + fold) / (double)(learners * folds);
        Report($"cross-validation: {learner} fold {fold + 1} of {folds}", CrossValidationStart + done * (CrossValidationEnd - CrossValidationStart));
    }

    public void Refit(string learner, int rows) => Report($"refitting {learner} on {rows} training rows", 0.78);
    public void Evaluation(int rows) => Report($"evaluating on {rows} held-out rows", 0.85);
    public void Importance(string column, int index, int columns) =>
        Report($"importance: shuffling {column} ({index + 1} of {columns})", 0.88 + 0.08 * index / columns);
    public void FinalFit(string learner, int rows) => Report($"fitting {learner} on all {rows} labeled rows", 0.97);
    public void Done() => Report("done", 1);

    private void Report(string stage, double fraction) => sink?.Report(new ChurnTrainingProgress(stage, fraction));
}
