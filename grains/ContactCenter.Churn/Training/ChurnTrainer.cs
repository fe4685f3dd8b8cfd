using System.Security.Cryptography;
using ContactCenter.Churn.Features;
using ContactCenter.Churn.Training;
using Microsoft.ML;

namespace ContactCenter.Churn;

/// <summary>Trains churn models: validation, column detection, learner choice by cross-validation, held-out evaluation.</summary>
/// <remarks>Cancellation is honored between folds and stages (ML.NET offers no public way to stop a fit midway).</remarks>
public sealed class ChurnTrainer(TimeProvider time)
{
    /// <summary>Validates, picks the learner by cross-validation, evaluates on a stratified held-out part, returns the model.</summary>
    public ChurnModel Train(ChurnTable table, ChurnTrainingSpec spec, IProgress<ChurnTrainingProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var started = time.GetTimestamp();
        var report = new TrainingProgress(progress);
        report.Reading(table.Rows.Count);
        var candidates = ChurnLearners.Select(spec.Learners);
        var labeled = LabeledRows.From(table, spec);
        var (training, heldOut) = StratifiedSplit.HoldOut(labeled.Positive, spec);
        var trainingPart = Part.Of(labeled, training);
        var heldOutPart = Part.Of(labeled, heldOut);

        ct.ThrowIfCancellationRequested();
        report.Columns();
        var layout = DetectColumns(table, trainingPart.Rows, spec);
        var trainingVectors = layout.Encode(table, trainingPart.Rows);
        var heldOutVectors = layout.Encode(table, heldOutPart.Rows);

        var ml = new MLContext(spec.Seed);
        var trials = spec.Folds >= 2
            ? new CrossValidation(ml, time, layout.Width, report).Run(candidates, trainingVectors, trainingPart.Labels, spec.Folds, spec.Seed, ct)
            : [];
        var chosen = trials.Count == 0 ? candidates[0] : candidates[trials.IndexOf(trials.MaxBy(t => t.MeanAuc)!)];

        ct.ThrowIfCancellationRequested();
        report.Refit(chosen.Name, trainingPart.Rows.Count);
        var fitted = chosen.Build(ml, spec.Seed).Fit(FeatureRow.View(ml, trainingVectors, trainingPart.Labels, layout.Width));
        var mlModel = Serialize(ml, fitted, layout.Width);

        ct.ThrowIfCancellationRequested();
        report.Evaluation(heldOutPart.Rows.Count);
        var p = ScoreColumns.Probabilities(fitted, FeatureRow.View(ml, heldOutVectors, heldOutPart.Labels, layout.Width));
        var metrics = HeldOutReport.Metrics(p, heldOutPart.Labels);
        var importance = PermutationImportance.Compute(ml, fitted, layout, heldOutVectors, heldOutPart.Labels, metrics.RocAuc, spec.Seed, report, ct);

        var finalFitRows = 0;
        if (spec.FinalFitOnAllRows)
        {
            var all = Part.Of(labeled, [.. Enumerable.Range(0, labeled.Rows.Count)]);
            ct.ThrowIfCancellationRequested();
            report.FinalFit(chosen.Name, all.Rows.Count);
            layout = DetectColumns(table, all.Rows, spec);
            var final = chosen.Build(ml, spec.Seed).Fit(FeatureRow.View(ml, layout.Encode(table, all.Rows), all.Labels, layout.Width));
            mlModel = Serialize(ml, final, layout.Width);
            finalFitRows = all.Rows.Count;
        }

        var trainedAt = time.GetUtcNow();
        var info = new ChurnModelInfo(
            Version(trainedAt, mlModel), trainedAt, table.Source, trainingPart.Rows.Count, heldOutPart.Rows.Count, spec.Label, spec.Positive,
            [.. spec.IdColumns], [.. layout.Columns.Select(c => c.Describe())], chosen.Name, metrics,
            HeldOutReport.Roc(p, heldOutPart.Labels), HeldOutReport.Calibration(p, heldOutPart.Labels), importance, trials,
            labeled.Skipped, time.GetElapsedTime(started).TotalSeconds, finalFitRows);
        report.Done();
        return new ChurnModel(layout, info, mlModel, ChurnModel.DefaultEngines);
    }

    /// <summary>Table rows of one part of the split, with their labels.</summary>
    private sealed record Part(List<int> Rows, List<bool> Labels)
    {
        public static Part Of(LabeledRows labeled, List<int> positions) =>
            new([.. positions.Select(i => labeled.Rows[i])], [.. positions.Select(i => labeled.Positive[i])]);
    }

    private static FeatureLayout DetectColumns(ChurnTable table, List<int> trainingRows, ChurnTrainingSpec spec)
    {
        var excluded = new HashSet<string>(spec.IdColumns.Append(spec.Label), StringComparer.Ordinal);
        var (used, dropped) = ColumnDetection.Detect(table, trainingRows, excluded);
        if (used.Count == 0)
            throw new ChurnDataException("columns", $"no usable input columns in {table.Source}: besides the label and ids, "
                + (dropped.Count == 0 ? "there are none." : $"every column is constant ({string.Join(", ", dropped)})."));
        return new FeatureLayout(used);
    }

    private static byte[] Serialize(MLContext ml, ITransformer model, int width)
    {
        using var buffer = new MemoryStream();
        ml.Model.Save(model, FeatureRow.View(ml, [], width).Schema, buffer);
        return buffer.ToArray();
    }

    /// <summary>Training time and a short hash of the fitted model, e.g. 20250301-142210-3fa94c1e.</summary>
    private static string Version(DateTimeOffset trainedAt, byte[] mlModel) =>
        $"{trainedAt.UtcDateTime:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(SHA256.HashData(mlModel))[..8]}";
}
