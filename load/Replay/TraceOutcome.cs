namespace ContactCenter.Load.Replay;

/// <summary>
/// How a replayable call ended. Only two outcomes survive parsing because a replay can only
/// reproduce a caller who was served by a person or who gave up waiting in the queue.
/// </summary>
public enum TraceOutcome
{
    Answered,
    Abandoned,
}
