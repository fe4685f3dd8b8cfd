using ContactCenter.Load.Replay;

namespace ContactCenter.Load.Tests.Replay;

/// <summary>
/// Counts measured independently with awk on the same files (one reason per row, malformed rows
/// first), so the parser is checked against a second implementation rather than against itself.
/// </summary>
internal sealed record TraceExpectedCounts(
    int Rows,
    int Answered,
    int Abandoned,
    IReadOnlyDictionary<string, int> Excluded,
    IReadOnlyDictionary<string, int> Bad)
{
    /// <summary>TestData/anonymous-bank-first-400.tsv: 77 HANG rows in all, 31 in the VRU and 46 in the queue.</summary>
    public static readonly TraceExpectedCounts Excerpt = new(
        Rows: 400,
        Answered: 312,
        Abandoned: 46,
        Excluded: new Dictionary<string, int>
        {
            [TraceReasons.Phantom] = 1,
            [TraceReasons.HungUpInVru] = 31,
            [TraceReasons.AgentWithoutServer] = 8,
            [TraceReasons.NoRecordedService] = 2,
        },
        Bad: new Dictionary<string, int>());

    /// <summary>
    /// The full shared file. Its 17 bad rows all have a negative vru_time (vru_exit about a minute
    /// before vru_entry: clock skew); one of them is a PHANTOM row.
    /// </summary>
    public static readonly TraceExpectedCounts FullFile = new(
        Rows: 17_456,
        Answered: 14_073,
        Abandoned: 1_885,
        Excluded: new Dictionary<string, int>
        {
            [TraceReasons.Phantom] = 142,
            [TraceReasons.HungUpInVru] = 1_023,
            [TraceReasons.AgentWithoutServer] = 275,
            [TraceReasons.NoRecordedService] = 25,
            [TraceReasons.ZeroServiceTime] = 16,
        },
        Bad: new Dictionary<string, int> { [TraceReasons.NegativeDuration("vru_time")] = 17 });

    public void AssertMatches(TraceParseResult result)
    {
        TraceTsv.AssertInvariant(result);
        Assert.Equal(Rows, result.Rows);
        Assert.Equal(Answered, result.Calls.Count(c => c.Outcome == TraceOutcome.Answered));
        Assert.Equal(Abandoned, result.Calls.Count(c => c.Outcome == TraceOutcome.Abandoned));
        Assert.Equal(Excluded.OrderBy(p => p.Key), result.Excluded.OrderBy(p => p.Key));
        Assert.Equal(Bad.OrderBy(p => p.Key), result.Bad.OrderBy(p => p.Key));
    }
}
