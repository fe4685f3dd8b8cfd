namespace ContactCenter.Churn.Features;

/// <summary>Decides each column's kind and encoding from the training rows only (held-out rows never leak in).</summary>
internal static class ColumnDetection
{
    public const int MaxCategories = 50;

    /// <summary>Encodings for every usable column, and the names of constant columns that were dropped.</summary>
    public static (List<ColumnEncoding> Used, List<string> Dropped) Detect(
        ChurnTable table, IReadOnlyList<int> rows, IReadOnlySet<string> excluded)
    {
        var used = new List<ColumnEncoding>();
        var dropped = new List<string>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var name = table.Columns[c];
            if (excluded.Contains(name)) continue;
            var cells = rows.Select(r => table.Cell(r, c)).ToList();
            var distinct = cells.Select(v => v ?? ColumnEncoding.BlankCategory).Distinct(StringComparer.Ordinal).Count();
            if (distinct <= 1) { dropped.Add(name); continue; }
            used.Add(cells.All(v => v is null || Cells.TryNumber(v, out _)) ? NumericColumn(name, cells) : CategoricalColumn(name, cells));
        }
        return (used, dropped);
    }

    private static ColumnEncoding NumericColumn(string name, List<string?> cells)
    {
        var values = cells.Where(v => v is not null).Select(v => { Cells.TryNumber(v, out var d); return d; }).Order().ToArray();
        var median = values.Length == 0 ? 0 : values.Length % 2 == 1
            ? values[values.Length / 2]
            : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
        var blanks = cells.Count - values.Length;
        return new ColumnEncoding
        {
            Name = name, Numeric = true, Median = median, MissingSlot = blanks > 0, Baseline = Cells.Text(median), Blanks = blanks,
        };
    }

    private static ColumnEncoding CategoricalColumn(string name, List<string?> cells)
    {
        var counts = cells.GroupBy(v => v ?? ColumnEncoding.BlankCategory, StringComparer.Ordinal)
            .Select(g => (Category: g.Key, Count: g.Count()))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Category, StringComparer.Ordinal)
            .ToList();
        var kept = counts.Take(MaxCategories).Select(p => p.Category).ToList();
        var top = counts[0].Category;
        return new ColumnEncoding
        {
            Name = name, Numeric = false, Categories = kept, OtherSlot = counts.Count > MaxCategories,
            Baseline = top == ColumnEncoding.BlankCategory ? null : top, Blanks = cells.Count(v => v is null),
        };
    }
}
