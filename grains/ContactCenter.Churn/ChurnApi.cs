// API SKETCH agreed between helpers. The ML helper replaces these stubs with real code in separate files
// (keep every public signature below, or tell the lead when one must change).
namespace ContactCenter.Churn;

/// <summary>Bad training or scoring data; Field names the column or setting at fault.</summary>
public sealed class ChurnDataException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>A tabular data set as text: a header and rows (null is a blank cell).</summary>
public sealed class ChurnTable(IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, string source)
{
    public IReadOnlyList<string> Columns { get; } = columns;
    public IReadOnlyList<string?[]> Rows { get; } = rows;
    public string Source { get; } = source;

    public static ChurnTable FromRows(IEnumerable<IReadOnlyDictionary<string, string?>> rows, string source) => throw new NotImplementedException();
}

public static class ChurnCsv
{
    /// <summary>Reads any comma-separated file with a header; throws ChurnDataException naming the problem.</summary>
    public static ChurnTable Read(Stream csv, string source) => throw new NotImplementedException();
}

/// <summary>What to learn: the label column and its positive value; Id columns are carried, never features.</summary>
public sealed record ChurnTrainingSpec(
    string Label, string Positive, IReadOnlyList<string> IdColumns,
    int Seed = 42, int Folds = 5, IReadOnlyList<string>? Learners = null, double HoldOutFraction = 0.2);

/// <summary>Progress of a training run: a stage in words and the fraction done (0..1).</summary>
public sealed record ChurnTrainingProgress(string Stage, double Fraction);

#pragma warning disable CS9113 // stub
public sealed class ChurnTrainer(TimeProvider time)
#pragma warning restore CS9113
{
    /// <summary>Validates, picks the learner by cross-validation, evaluates on a stratified held-out part, returns the model.</summary>
    public ChurnModel Train(ChurnTable table, ChurnTrainingSpec spec, IProgress<ChurnTrainingProgress>? progress = null, CancellationToken ct = default)
        => throw new NotImplementedException();
}

/// <summary>One prediction with its top contributions (probability points).</summary>
public sealed record ChurnPrediction(double Probability, IReadOnlyList<FeatureContribution> Top);

/// <summary>A trained model and its description. Score is thread-safe (pooled prediction engines).</summary>
public sealed class ChurnModel
{
    public ChurnModelInfo Info => throw new NotImplementedException();
    public static ChurnModel Load(byte[] file) => throw new NotImplementedException();
    public byte[] ToBytes() => throw new NotImplementedException();
    public ChurnPrediction Score(IReadOnlyDictionary<string, string?> row, int explain = 3) => throw new NotImplementedException();
    public IReadOnlyList<double> ScoreTable(ChurnTable table) => throw new NotImplementedException();
}
