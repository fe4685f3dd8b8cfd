namespace ContactCenter.Load.Replay;

/// <summary>
/// The minimum about one call needed to compute wait figures, so a replay's own call records and
/// the historical trace can be compared without sharing a type.
/// </summary>
/// <param name="Priority">1 (or legacy 0) = regular, 2 = priority.</param>
/// <param name="WaitSeconds">Time in queue until answered or until the caller hung up.</param>
/// <param name="Answered">True when a person served the call; false when the caller abandoned.</param>
public readonly record struct CallWait(int Priority, double WaitSeconds, bool Answered);
