namespace ContactCenter.Load.Replay;

/// <summary>
/// The outcome column as written in the file, kept apart from <see cref="TraceOutcome"/> because
/// the file has outcomes (PHANTOM) that never reach a replay.
/// </summary>
internal enum TraceOutcomeCode
{
    Agent,
    Hang,
    Phantom,
}
