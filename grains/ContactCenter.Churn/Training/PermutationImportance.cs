using ContactCenter.Churn.Features;
using Microsoft.ML;

namespace ContactCenter.Churn.Training;

/// <summary>
/// Importance of each input column: the drop in held-out ROC AUC when that column's slots (all of them together)
/// are shuffled across the held-out rows, averaged over a few seeded shuffles.
/// </summary>
internal static class PermutationImportance
{
    private const int Repeats = 3;

    public static List<FeatureImportance> Compute(
        MLContext ml, ITransformer model, FeatureLayout layout, IReadOnlyList<float[]> vectors, IReadOnlyList<bool> labels,
        double baseAuc, int seed, TrainingProgress progress, CancellationToken ct)
    {
        var random = new Random(seed);
        var result = new List<FeatureImportance>();
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            ct.ThrowIfCancellationRequested();
            var column = layout.Columns[c];
            progress.Importance(column.Name, c, layout.Columns.Count);
            var drops = new List<double>();
            for (var r = 0; r < Repeats; r++)
            {
                var shuffled = Shuffle(vectors, column, random);
                var p = ScoreColumns.Probabilities(model, FeatureRow.View(ml, shuffled, labels, layout.Width));
                drops.Add(baseAuc - BinaryMetrics.RocAuc(p, labels));
            }
            result.Add(new FeatureImportance(column.Name, drops.Average()));
        }
        return [.. result.OrderByDescending(i => i.AucDrop)];
    }

    private static List<float[]> Shuffle(IReadOnlyList<float[]> vectors, ColumnEncoding column, Random random)
    {
        var donors = Enumerable.Range(0, vectors.Count).ToArray();
        random.Shuffle(donors);
        return vectors.Select((v, i) =>
        {
            var copy = (float[])v.Clone();
            vectors[donors[i]].AsSpan(column.Offset, column.Width).CopyTo(copy.AsSpan(column.Offset, column.Width));
            return copy;
        }).ToList();
    }
}
