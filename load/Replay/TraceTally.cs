using System.Collections.ObjectModel;

namespace ContactCenter.Load.Replay;

/// <summary>
/// Accumulates verdicts row by row, so the parser never has to hold rows it has already judged and
/// every row lands in exactly one count.
/// </summary>
internal sealed class TraceTally
{
    /// <summary>Enough examples to diagnose a file without flooding a report.</summary>
    public const int MaxExamples = 20;

    private readonly List<TraceCall> _calls = [];
    private readonly Dictionary<string, int> _excluded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bad = new(StringComparer.Ordinal);
    private readonly List<TraceLineProblem> _examples = [];
    private int _rows;

    public void Add(int line, TraceRowVerdict verdict)
    {
        _rows++;
        if (verdict.Call is { } call)
        {
            _calls.Add(call);
        }
        else if (verdict.ExcludedReason is { } excluded)
        {
            Count(_excluded, line, excluded);
        }
        else
        {
            Count(_bad, line, verdict.BadReason ?? TraceReasons.WrongFieldCount);
        }
    }

    public TraceParseResult ToResult() => new(
        _calls.AsReadOnly(),
        _rows,
        new ReadOnlyDictionary<string, int>(_excluded),
        new ReadOnlyDictionary<string, int>(_bad),
        _examples.AsReadOnly());

    private void Count(Dictionary<string, int> counts, int line, string reason)
    {
        counts[reason] = counts.GetValueOrDefault(reason) + 1;
        if (_examples.Count < MaxExamples)
        {
            _examples.Add(new TraceLineProblem(line, reason));
        }
    }
}
