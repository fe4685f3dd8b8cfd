namespace ContactCenter.Load.Replay;

/// <summary>
/// Figures overall and per priority class, because priority callers get a head start in the queue
/// and a replay that matches the overall wait can still get the split wrong.
/// </summary>
/// <param name="Overall">All calls.</param>
/// <param name="Regular">Priority 1 calls (legacy 0 counts as 1).</param>
/// <param name="Priority">Priority 2 calls.</param>
public sealed record ReplayFigures(WaitFigures Overall, WaitFigures Regular, WaitFigures Priority);
