using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ContactCenter.Churn;

public static class ChurnCsv
{
    /// <summary>Reads any comma-separated file with a header; throws ChurnDataException naming the problem.</summary>
    public static ChurnTable Read(Stream csv, string source)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StreamReader(csv, leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", HasHeaderRecord = true };
        using var parser = new CsvParser(reader, config);
        try
        {
            var columns = ReadHeader(parser, source);
            var rows = new List<string?[]>();
            while (parser.Read())
            {
                var record = parser.Record ?? [];
                if (record.Length != columns.Count)
                    throw new ChurnDataException(source,
                        $"{source}: line {parser.RawRow} has {record.Length} fields but the header has {columns.Count}.");
                rows.Add(Array.ConvertAll(record, Cells.Clean));
            }
            return new ChurnTable(columns, rows, source);
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow;
            throw new ChurnDataException(source, $"{source}: malformed CSV{(line is null ? "" : $" at line {line}")} ({ex.GetType().Name}).");
        }
    }

    /// <summary>Reads a CSV file; a missing or unreadable file is a ChurnDataException naming the path.</summary>
    public static ChurnTable Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ChurnDataException(path, $"{path}: cannot read the file ({ex.Message})");
        }
    }

    private static List<string> ReadHeader(CsvParser parser, string source)
    {
        if (!parser.Read() || parser.Record is not { Length: > 0 } header || header.All(string.IsNullOrWhiteSpace))
            throw new ChurnDataException(source, $"{source}: the file is empty; expected a header line with column names.");
        if (header.Length == 1 && header[0].IndexOfAny([';', '\t']) >= 0)
            throw new ChurnDataException(source, $"{source}: the header has a single column '{header[0]}'; the file looks semicolon- or tab-separated, but only commas are read.");
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
                throw new ChurnDataException($"column {i + 1}", $"{source}: column {i + 1} of the header has no name.");
            if (!seen.Add(name))
                throw new ChurnDataException(name, $"{source}: the header names column '{name}' twice.");
            columns.Add(name);
        }
        return columns;
    }
}
