using ContactCenter.Load.Replay;

namespace ContactCenter.Load.Tests.Replay;

/// <summary>
/// Builds small traces inline with the real header, so each test shows only the cells that matter
/// to it and every other cell holds a plausible answered call.
/// </summary>
internal static class TraceTsv
{
    public static readonly string[] Header =
    [
        "vru+line", "call_id", "customer_id", "priority", "type", "date", "vru_entry", "vru_exit", "vru_time",
        "q_start", "q_exit", "q_time", "outcome", "ser_start", "ser_exit", "ser_time", "server",
    ];

    /// <summary>An answered call that queued for 20 s and was served by DORIT for 100 s.</summary>
    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["vru+line"] = "AA0101", ["call_id"] = "1", ["customer_id"] = "23317894", ["priority"] = "1",
        ["type"] = "PS", ["date"] = "990201", ["vru_entry"] = "8:00:00", ["vru_exit"] = "8:00:10", ["vru_time"] = "10",
        ["q_start"] = "8:00:10", ["q_exit"] = "8:00:30", ["q_time"] = "20", ["outcome"] = "AGENT",
        ["ser_start"] = "8:00:30", ["ser_exit"] = "8:02:10", ["ser_time"] = "100", ["server"] = "DORIT",
    };

    /// <summary>A row in the real column order with the given cells replaced.</summary>
    public static string Row(params (string Column, string Value)[] cells) => RowIn(Header, cells);

    /// <summary>A row in the given column order with the given cells replaced.</summary>
    public static string RowIn(IReadOnlyList<string> columns, params (string Column, string Value)[] cells)
    {
        var values = new Dictionary<string, string>(Defaults);
        foreach (var (column, value) in cells)
        {
            Assert.True(values.ContainsKey(column), $"Unknown column '{column}' in test row.");
            values[column] = value;
        }

        return string.Join('\t', columns.Select(c => values[c]));
    }

    /// <summary>A hang-up in the queue after 30 s of waiting.</summary>
    public static string AbandonedRow(params (string Column, string Value)[] cells) =>
        Row([
            ("q_exit", "8:00:40"), ("q_time", "30"), ("outcome", "HANG"),
            ("ser_start", "0:00:00"), ("ser_exit", "0:00:00"), ("ser_time", "0"), ("server", "NO_SERVER"), .. cells,
        ]);

    public static string Document(params string[] rows) => string.Join('\n', [string.Join('\t', Header), .. rows]) + "\n";

    public static TraceParseResult Parse(params string[] rows) => TraceParser.Parse(new StringReader(Document(rows)));

    /// <summary>Parses a single row that must be bad and returns its reason.</summary>
    public static string BadReasonOf(string row)
    {
        var result = Parse(row);
        AssertInvariant(result);
        var (reason, count) = Assert.Single(result.Bad);
        Assert.Equal(1, count);
        Assert.Empty(result.Calls);
        Assert.Equal(new TraceLineProblem(2, reason), Assert.Single(result.Examples));
        return reason;
    }

    /// <summary>Parses a single row that must be excluded and returns its reason.</summary>
    public static string ExcludedReasonOf(string row)
    {
        var result = Parse(row);
        AssertInvariant(result);
        Assert.Empty(result.Bad);
        Assert.Empty(result.Calls);
        var (reason, count) = Assert.Single(result.Excluded);
        Assert.Equal(1, count);
        return reason;
    }

    public static TraceCall SingleCall(string row)
    {
        var result = Parse(row);
        Assert.Empty(result.Bad);
        Assert.Empty(result.Excluded);
        return Assert.Single(result.Calls);
    }

    public static void AssertInvariant(TraceParseResult result) =>
        Assert.Equal(result.Rows, result.Calls.Count + result.Excluded.Values.Sum() + result.Bad.Values.Sum());
}
