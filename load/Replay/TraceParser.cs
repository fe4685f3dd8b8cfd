namespace ContactCenter.Load.Replay;

/// <summary>
/// Reads the Anonymous Bank call-center trace into calls a replay can use. It never throws on bad
/// content: a trace with a few damaged rows is still worth replaying, so every row is either used or
/// counted with a reason. Only a missing or wrong header stops it, since then no row can be trusted.
/// </summary>
public static class TraceParser
{
    /// <summary>Parses a trace file; a missing file is reported with its full path.</summary>
    public static TraceParseResult ParseFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"The call-center trace was not found at '{fullPath}'.", fullPath);
        }

        using var reader = new StreamReader(fullPath);
        return Parse(reader);
    }

    /// <summary>Parses a trace from text whose first line is the header.</summary>
    public static TraceParseResult Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = TraceHeader.Read(reader.ReadLine());
        var tally = new TraceTally();
        var lineNumber = 1;
        var pendingBlankLines = new List<int>();

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                // Blank lines at the end are not rows; only blank lines followed by data count as bad.
                pendingBlankLines.Add(lineNumber);
                continue;
            }

            foreach (var blank in pendingBlankLines)
            {
                tally.Add(blank, TraceRowVerdict.Bad(TraceReasons.BlankLine));
            }

            pendingBlankLines.Clear();
            tally.Add(lineNumber, TraceRowReader.Read(line.TrimEnd('\r').Split('\t'), header));
        }

        return tally.ToResult();
    }
}
