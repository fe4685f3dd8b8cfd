namespace ContactCenter.Churn.Training;

/// <summary>The table rows that have a label, with the label as positive or not; blank labels are skipped and counted.</summary>
internal sealed record LabeledRows(IReadOnlyList<int> Rows, IReadOnlyList<bool> Positive, int Skipped)
{
    public static LabeledRows From(ChurnTable table, ChurnTrainingSpec spec)
    {
        var label = RequireColumn(table, spec.Label, "label");
        foreach (var id in spec.IdColumns)
        {
            RequireColumn(table, id, "id");
            if (id == spec.Label) throw new ChurnDataException("id", $"'{id}' is the label column; it cannot also be an id column.");
        }
        var positive = Cells.Clean(spec.Positive)
            ?? throw new ChurnDataException("positive", "the positive label value is blank; say which value of the label means churn (e.g. Yes).");

        var rows = new List<int>();
        var labels = new List<bool>();
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Cell(r, label) is not { } value) continue;
            rows.Add(r);
            labels.Add(string.Equals(value, positive, StringComparison.OrdinalIgnoreCase));
            seen.Add(value);
        }
        var skipped = table.Rows.Count - rows.Count;
        if (table.Rows.Count == 0)
            throw new ChurnDataException("label", $"no usable rows: {table.Source} has a header but no data rows.");
        if (rows.Count == 0)
            throw new ChurnDataException("label", $"no usable rows in {table.Source}: all {table.Rows.Count} rows have a blank '{spec.Label}'.");
        if (!labels.Contains(true))
            throw new ChurnDataException("positive",
                $"the positive value '{positive}' never appears in '{spec.Label}'; values seen: {Sample(seen)}.");
        if (!labels.Contains(false))
            throw new ChurnDataException("label",
                $"'{spec.Label}' has only one class (every labeled row is '{positive}'); training needs rows of both classes.");
        return new LabeledRows(rows, labels, skipped);
    }

    private static int RequireColumn(ChurnTable table, string? name, string field)
    {
        var index = string.IsNullOrWhiteSpace(name) ? -1 : table.IndexOf(name);
        if (index >= 0) return index;
        var near = table.Columns.FirstOrDefault(c => string.Equals(c, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        throw new ChurnDataException(field, $"{field} column '{name}' is not in {table.Source}"
            + (near is null ? "" : $" (did you mean '{near}'?)") + $"; its columns are: {Sample(table.Columns)}.");
    }

    private static string Sample(IEnumerable<string> values)
    {
        var list = values.ToList();
        return string.Join(", ", list.Take(30)) + (list.Count > 30 ? $", … ({list.Count} in all)" : "");
    }
}
