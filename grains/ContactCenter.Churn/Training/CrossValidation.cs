using ContactCenter.Churn.Features;
using Microsoft.ML;

namespace ContactCenter.Churn.Training;

/// <summary>Stratified k-fold cross-validation of each candidate learner on the training part only.</summary>
internal sealed class CrossValidation(MLContext ml, TimeProvider time, int width, TrainingProgress progress)
{
    public List<LearnerTrial> Run(
        IReadOnlyList<ChurnLearners.Candidate> candidates, IReadOnlyList<float[]> vectors, IReadOnlyList<bool> labels,
        int folds, int seed, CancellationToken ct)
    {
        var fold = StratifiedSplit.Folds(labels, folds, seed);
        var trials = new List<LearnerTrial>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var started = time.GetTimestamp();
            var aucs = new List<double>();
            for (var f = 0; f < folds; f++)
            {
                ct.ThrowIfCancellationRequested();
                progress.CrossValidation(candidates[c].Name, c, candidates.Count, f, folds);
                aucs.Add(FoldAuc(candidates[c], vectors, labels, fold, f, seed));
            }
            trials.Add(new LearnerTrial(candidates[c].Name, BinaryMetrics.Mean(aucs), BinaryMetrics.StdDev(aucs), folds,
                time.GetElapsedTime(started).TotalSeconds));
        }
        return trials;
    }

    private double FoldAuc(ChurnLearners.Candidate candidate, IReadOnlyList<float[]> vectors, IReadOnlyList<bool> labels,
        int[] fold, int f, int seed)
    {
        var fit = Enumerable.Range(0, vectors.Count).Where(i => fold[i] != f).ToList();
        var check = Enumerable.Range(0, vectors.Count).Where(i => fold[i] == f).ToList();
        var model = candidate.Build(ml, seed).Fit(View(vectors, labels, fit));
        var p = ScoreColumns.Probabilities(model, View(vectors, labels, check));
        return BinaryMetrics.RocAuc(p, check.Select(i => labels[i]).ToList());
    }

    private IDataView View(IReadOnlyList<float[]> vectors, IReadOnlyList<bool> labels, List<int> rows) =>
        FeatureRow.View(ml, rows.Select(i => new FeatureRow { Features = vectors[i], Label = labels[i] }).ToList(), width);
}
