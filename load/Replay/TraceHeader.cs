namespace ContactCenter.Load.Replay;

/// <summary>
/// Where each column sits in this particular file. Columns are found by name so a file whose
/// columns were reordered still parses; a missing column fails loudly because every row would be wrong.
/// </summary>
internal sealed class TraceHeader
{
    private readonly Dictionary<string, int> _indexByName;

    private TraceHeader(Dictionary<string, int> indexByName, int fieldCount)
    {
        _indexByName = indexByName;
        FieldCount = fieldCount;
    }

    /// <summary>How many tab-separated fields every data row must have.</summary>
    public int FieldCount { get; }

    public int IndexOf(string column) => _indexByName[column];

    /// <summary>Reads the header line; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static TraceHeader Read(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            throw new InvalidDataException(
                "The trace has no header line; expected tab-separated columns starting with "
                + $"'{TraceColumns.VruLine}\t{TraceColumns.CallId}'.");
        }

        var names = line.TrimStart('\uFEFF').TrimEnd('\r').Split('\t');
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i].Trim();
            if (!indexByName.TryAdd(name, i))
            {
                throw new InvalidDataException($"The trace header names column '{name}' twice.");
            }
        }

        foreach (var column in TraceColumns.Required)
        {
            if (!indexByName.ContainsKey(column))
            {
                throw new InvalidDataException(
                    $"The trace header is missing the required column '{column}'. Header was: '{line.Trim()}'.");
            }
        }

        return new TraceHeader(indexByName, names.Length);
    }
}
