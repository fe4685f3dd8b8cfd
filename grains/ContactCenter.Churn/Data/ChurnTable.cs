namespace ContactCenter.Churn;

/// <summary>A tabular data set as text: a header and rows (null is a blank cell).</summary>
public sealed class ChurnTable(IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, string source)
{
    public IReadOnlyList<string> Columns { get; } = columns;
    public IReadOnlyList<string?[]> Rows { get; } = rows;
    public string Source { get; } = source;

    /// <summary>The position of a column (ordinal match), or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (string.Equals(Columns[i], column, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>A cell, trimmed; null when blank or when the row is shorter than the header.</summary>
    public string? Cell(int row, int column) =>
        column >= 0 && column < Rows[row].Length ? Cells.Clean(Rows[row][column]) : null;

    /// <summary>Rows given as column-to-text maps; the columns are every key seen, in first-seen order.</summary>
    public static ChurnTable FromRows(IEnumerable<IReadOnlyDictionary<string, string?>> rows, string source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var materialized = rows.ToList();
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in materialized.SelectMany(r => r.Keys))
            if (seen.Add(key)) columns.Add(key);
        var cells = materialized
            .Select(r => columns.Select(c => Cells.Clean(r.GetValueOrDefault(c))).ToArray())
            .ToList();
        return new ChurnTable(columns, cells, source);
    }
}
