namespace ContactCenter.Churn.Features;

/// <summary>The whole feature vector: every used column's encoding, laid out one after another.</summary>
internal sealed class FeatureLayout
{
    public FeatureLayout(IReadOnlyList<ColumnEncoding> columns)
    {
        Columns = columns;
        var offset = 0;
        foreach (var column in columns)
        {
            column.Offset = offset;
            offset += column.Width;
        }
        Width = offset;
        Baseline = Encode(c => c.Baseline);
    }

    public IReadOnlyList<ColumnEncoding> Columns { get; }
    public int Width { get; }
    /// <summary>The vector of a typical row: every column at its baseline.</summary>
    public float[] Baseline { get; }

    /// <summary>Encodes one row given a way to read each column's cleaned cell (null = blank or absent).</summary>
    public float[] Encode(Func<ColumnEncoding, string?> cell)
    {
        var vector = new float[Width];
        foreach (var column in Columns) column.Encode(cell(column), vector);
        return vector;
    }

    public float[] Encode(IReadOnlyDictionary<string, string?> row) =>
        Encode(c => row.TryGetValue(c.Name, out var raw) ? Cells.Clean(raw) : null);

    /// <summary>Encodes table rows; a column the table lacks reads as blank.</summary>
    public List<float[]> Encode(ChurnTable table, IEnumerable<int> rows)
    {
        var positions = Columns.ToDictionary(c => c, c => table.IndexOf(c.Name));
        return rows.Select(r => Encode(c => table.Cell(r, positions[c]))).ToList();
    }
}
