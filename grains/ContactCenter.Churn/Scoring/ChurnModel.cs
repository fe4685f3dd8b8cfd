using ContactCenter.Churn.Features;
using ContactCenter.Churn.Scoring;
using Microsoft.ML;

namespace ContactCenter.Churn;

/// <summary>A trained model and its description. ScoreAsync is thread-safe (pooled prediction engines, awaited, never blocking).</summary>
public sealed class ChurnModel
{
    /// <summary>Prediction engines kept per model unless told otherwise.</summary>
    public static int DefaultEngines { get; } = Math.Max(2, Environment.ProcessorCount);

    private readonly MLContext _ml = new();
    // MLContext makes no promise about concurrent use: engine creation and data views are made one at a time.
    private readonly Lock _mlLock = new();
    private readonly FeatureLayout _layout;
    private readonly byte[] _mlModel;
    private readonly ITransformer _model;
    private readonly EnginePool<PredictionEngine<FeatureRow, ScoreRow>> _engines;

    internal ChurnModel(FeatureLayout layout, ChurnModelInfo info, byte[] mlModel, int engines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(engines, 1);
        _layout = layout;
        _mlModel = mlModel;
        Info = info;
        // Scoring always uses the model as saved, so a trained model and its reloaded file predict the same.
        _model = _ml.Model.Load(new MemoryStream(mlModel), out _);
        var schema = FeatureRow.Schema(layout.Width);
        _engines = new(() =>
        {
            lock (_mlLock) return _ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(_model, inputSchemaDefinition: schema);
        }, engines);
    }

    public ChurnModelInfo Info { get; }

    /// <summary>How many prediction engines this model has created so far (never more than its bound).</summary>
    public int EnginesCreated => _engines.Created;

    public static ChurnModel Load(byte[] file) => Load(file, DefaultEngines);

    /// <summary>Loads a model file; maxEngines bounds the prediction engines used by concurrent Score calls.</summary>
    public static ChurnModel Load(byte[] file, int maxEngines)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (description, mlModel) = ModelFile.Read(file);
        var layout = new FeatureLayout(description.Columns);
        if (layout.Width != description.Width) throw ModelFile.Bad($"its columns make {layout.Width} slots, not {description.Width}");
        try
        {
            return new ChurnModel(layout, description.Info, mlModel, maxEngines);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or InvalidDataException or ArgumentException)
        {
            throw ModelFile.Bad($"the ML.NET model does not load ({ex.Message})");
        }
    }

    public static ChurnModel Load(string path)
    {
        try
        {
            return Load(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ChurnDataException("model", $"{path}: cannot read the model file ({ex.Message})");
        }
    }

    public byte[] ToBytes() =>
        ModelFile.Write(new ModelFile.Description(ModelFile.Format, _layout.Width, _layout.Columns, Info), _mlModel);

    public void Save(string path) => File.WriteAllBytes(path, ToBytes());

    /// <summary>
    /// The churn probability of one row (column to raw text; absent columns are blank, unseen categories are
    /// "(other)"). With explain &gt; 0, the top contributions: for each input column, the probability minus the
    /// probability with that column set to its training baseline (median or most common category), on the same
    /// 0..1 scale as Probability; positive raises risk. Columns at their baseline contribute nothing and are left out.
    /// </summary>
    public ValueTask<ChurnPrediction> ScoreAsync(IReadOnlyDictionary<string, string?> row, int explain = 3, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var vector = _layout.Encode(row);
        return _engines.UseAsync(engine =>
        {
            var probability = Predict(engine, vector);
            var top = explain > 0 ? Explain(engine, row, vector, probability, explain) : [];
            return new ChurnPrediction(probability, top);
        }, ct);
    }

    /// <summary>Probabilities for every row of a table, in row order (one batch through the model).</summary>
    public IReadOnlyList<double> ScoreTable(ChurnTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var vectors = _layout.Encode(table, Enumerable.Range(0, table.Rows.Count));
        IDataView view;
        lock (_mlLock) view = FeatureRow.View(_ml, vectors, null, _layout.Width);
        return ScoreColumns.Probabilities(_model, view);
    }

    private List<FeatureContribution> Explain(
        PredictionEngine<FeatureRow, ScoreRow> engine, IReadOnlyDictionary<string, string?> row, float[] vector, double probability, int top)
    {
        var contributions = new List<FeatureContribution>();
        var probe = new float[vector.Length];
        foreach (var column in _layout.Columns)
        {
            var slots = new Range(column.Offset, column.Offset + column.Width);
            if (vector.AsSpan(slots).SequenceEqual(_layout.Baseline.AsSpan(slots))) continue;
            vector.CopyTo(probe, 0);
            _layout.Baseline.AsSpan(slots).CopyTo(probe.AsSpan(slots));
            var raw = row.TryGetValue(column.Name, out var text) ? Cells.Clean(text) : null;
            contributions.Add(new FeatureContribution(column.Name, raw, probability - Predict(engine, probe)));
        }
        return [.. contributions.OrderByDescending(c => Math.Abs(c.Contribution)).Take(top)];
    }

    private static double Predict(PredictionEngine<FeatureRow, ScoreRow> engine, float[] vector) =>
        engine.Predict(new FeatureRow { Features = vector }).Probability;
}
