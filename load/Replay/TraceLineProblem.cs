namespace ContactCenter.Load.Replay;

/// <summary>
/// A row that did not become a call, with its 1-based line number in the file (the header is line 1),
/// so a person can open the file at that line and see why.
/// </summary>
public sealed record TraceLineProblem(int Line, string Reason);
