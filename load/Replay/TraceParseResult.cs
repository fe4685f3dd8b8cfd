namespace ContactCenter.Load.Replay;

/// <summary>
/// Everything a parse found, so a report can account for every row: usable calls, rows left out on
/// purpose (by reason), malformed rows (by reason) and the first examples of each kind.
/// Invariant: <c>Calls.Count + Excluded.Values.Sum() + Bad.Values.Sum() == Rows</c>; nothing is silently dropped.
/// </summary>
/// <param name="Calls">Rows the replay can use, in file order.</param>
/// <param name="Rows">Data rows read, header and trailing blank lines excluded.</param>
/// <param name="Excluded">Valid rows that a replay cannot use, counted by reason (see <see cref="TraceReasons"/>).</param>
/// <param name="Bad">Malformed rows, counted by reason (see <see cref="TraceReasons"/>).</param>
/// <param name="Examples">The first bad or excluded rows with their line numbers.</param>
public sealed record TraceParseResult(
    IReadOnlyList<TraceCall> Calls,
    int Rows,
    IReadOnlyDictionary<string, int> Excluded,
    IReadOnlyDictionary<string, int> Bad,
    IReadOnlyList<TraceLineProblem> Examples);
