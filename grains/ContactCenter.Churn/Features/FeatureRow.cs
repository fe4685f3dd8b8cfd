using Microsoft.ML;
using Microsoft.ML.Data;

namespace ContactCenter.Churn.Features;

/// <summary>The ML.NET input: our own featurized vector (its size is set at run time) and the label.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
    public bool Label { get; set; }

    public static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    public static IDataView View(MLContext ml, IEnumerable<FeatureRow> rows, int width) =>
        ml.Data.LoadFromEnumerable(rows, Schema(width));

    public static IDataView View(MLContext ml, IReadOnlyList<float[]> vectors, IReadOnlyList<bool>? labels, int width) =>
        View(ml, vectors.Select((v, i) => new FeatureRow { Features = v, Label = labels is not null && labels[i] }).ToList(), width);
}

/// <summary>The ML.NET output we read: the calibrated probability of the positive class.</summary>
internal sealed class ScoreRow
{
    public float Probability { get; set; }
}

internal static class ScoreColumns
{
    /// <summary>Probabilities of a transformed view, in row order.</summary>
    public static double[] Probabilities(ITransformer model, IDataView data) =>
        model.Transform(data).GetColumn<float>(nameof(ScoreRow.Probability)).Select(p => (double)p).ToArray();
}
