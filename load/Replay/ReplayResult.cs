using ContactCenter.Load.Results;

namespace ContactCenter.Load.Replay;

/// <summary>What the trace held: every row accounted for as a call, an exclusion or a bad row, by reason.</summary>
internal sealed record TraceSummary(string File, int Rows, int Calls, IReadOnlyDictionary<string, int> Excluded, IReadOnlyDictionary<string, int> Bad,
    IReadOnlyList<TraceLineProblem> Examples, int Hours, int MaxAgents, double StaffingFactor);

/// <summary>One policy's replay: the same figures as history, plus the full run result.</summary>
internal sealed record PolicyReplay(string Policy, ReplayFigures Figures, int Unfinished, RunResult Run);

/// <summary>How much priority callers gained under value scoring, and what regular callers paid for it (positive = longer wait).</summary>
internal sealed record PolicyComparison(
    double PriorityMeanWaitFifo, double PriorityMeanWaitValue, double PriorityMeanWaitChangePercent,
    double RegularMeanWaitFifo, double RegularMeanWaitValue, double RegularMeanWaitChangePercent,
    double PriorityAbandonPercentFifo, double PriorityAbandonPercentValue, double RegularAbandonPercentFifo, double RegularAbandonPercentValue);

/// <summary>Everything `replay` writes to RESULT.json.</summary>
internal sealed record ReplayResult(TraceSummary Trace, string Clock, ReplayFigures Historical, IReadOnlyList<PolicyReplay> Replays,
    PolicyComparison? Comparison, DateTimeOffset MeasuredAt, MachineInfo Machine);
