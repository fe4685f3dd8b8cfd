namespace ContactCenter.Contracts;

/// <summary>Held-out quality of a churn model.</summary>
[GenerateSerializer, Immutable, Alias("cc.churn-metrics")]
public sealed record ChurnMetrics(
    [property: Id(0)] double RocAuc,
    [property: Id(1)] double PrAuc,
    [property: Id(2)] double LogLoss,
    [property: Id(3)] double Accuracy,
    [property: Id(4)] double PositiveRate);

/// <summary>One point of the held-out ROC curve.</summary>
[GenerateSerializer, Immutable, Alias("cc.roc-point")]
public sealed record RocPoint(
    [property: Id(0)] double FalsePositiveRate,
    [property: Id(1)] double TruePositiveRate,
    [property: Id(2)] double Threshold);

/// <summary>One row of the calibration table: predictions in [Lower, Upper) against what happened.</summary>
[GenerateSerializer, Immutable, Alias("cc.calibration-bin")]
public sealed record CalibrationBin(
    [property: Id(0)] double Lower,
    [property: Id(1)] double Upper,
    [property: Id(2)] int Count,
    [property: Id(3)] double MeanPredicted,
    [property: Id(4)] double ObservedRate);

/// <summary>How much held-out ROC AUC drops when one input column is shuffled.</summary>
[GenerateSerializer, Immutable, Alias("cc.feature-importance")]
public sealed record FeatureImportance(
    [property: Id(0)] string Feature,
    [property: Id(1)] double AucDrop);

/// <summary>One learner and featurization tried, with its cross-validated ROC AUC.</summary>
[GenerateSerializer, Immutable, Alias("cc.learner-trial")]
public sealed record LearnerTrial(
    [property: Id(0)] string Learner,
    [property: Id(1)] double MeanAuc,
    [property: Id(2)] double StdAuc,
    [property: Id(3)] int Folds,
    [property: Id(4)] double Seconds);

/// <summary>One input column of a model, as detected from the training data.</summary>
[GenerateSerializer, Immutable, Alias("cc.model-column")]
public sealed record ModelColumn(
    [property: Id(0)] string Name,
    [property: Id(1)] bool Numeric,
    [property: Id(2)] int Categories,
    [property: Id(3)] int Blanks);

/// <summary>
/// Everything known about a trained churn model, for the model page and the command line. The metrics come from a fit
/// on TrainingRows tested on HeldOutRows; FinalFitRows, when above zero, is how many rows the saved model was fit on
/// afterwards (every labeled row), otherwise the saved model is the one evaluated.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.churn-model-info")]
public sealed record ChurnModelInfo(
    [property: Id(0)] string Version,
    [property: Id(1)] DateTimeOffset TrainedAt,
    [property: Id(2)] string Source,
    [property: Id(3)] int TrainingRows,
    [property: Id(4)] int HeldOutRows,
    [property: Id(5)] string Label,
    [property: Id(6)] string Positive,
    [property: Id(7)] IReadOnlyList<string> IdColumns,
    [property: Id(8)] IReadOnlyList<ModelColumn> Columns,
    [property: Id(9)] string Learner,
    [property: Id(10)] ChurnMetrics HeldOut,
    [property: Id(11)] IReadOnlyList<RocPoint> Roc,
    [property: Id(12)] IReadOnlyList<CalibrationBin> Calibration,
    [property: Id(13)] IReadOnlyList<FeatureImportance> Importance,
    [property: Id(14)] IReadOnlyList<LearnerTrial> Trials,
    [property: Id(15)] int SkippedRows,
    [property: Id(16)] double TrainingSeconds,
    [property: Id(17)] int FinalFitRows = 0);

/// <summary>One input's share of a prediction, in probability points (positive raises risk).</summary>
[GenerateSerializer, Immutable, Alias("cc.feature-contribution")]
public sealed record FeatureContribution(
    [property: Id(0)] string Feature,
    [property: Id(1)] string? Value,
    [property: Id(2)] double Contribution);

/// <summary>The center's promoted model: its version (changes on every promotion), file and description.</summary>
[GenerateSerializer, Immutable, Alias("cc.promoted-churn-model")]
public sealed record PromotedChurnModel(
    [property: Id(0)] string Version,
    [property: Id(1)] byte[] Model,
    [property: Id(2)] ChurnModelInfo Info,
    [property: Id(3)] DateTimeOffset PromotedAt);
