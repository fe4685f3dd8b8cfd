namespace ContactCenter.Load.Replay;

/// <summary>
/// Wait and service-level figures for a set of calls. History and replay both go through the same
/// calculator so that a difference between them reflects the system, not the arithmetic.
/// </summary>
/// <param name="Calls">Answered plus abandoned.</param>
/// <param name="Answered">Calls a person served.</param>
/// <param name="Abandoned">Calls that hung up in the queue.</param>
/// <param name="MeanWaitSeconds">Mean time in queue over all calls; 0 when there are none.</param>
/// <param name="P90WaitSeconds">Nearest-rank 90th percentile of the time in queue; 0 when there are none.</param>
/// <param name="ServiceLevel20Percent">Percent of calls answered within 20 s; 100 when there are none.</param>
/// <param name="ServiceLevel60Percent">Percent of calls answered within 60 s; 100 when there are none.</param>
public sealed record WaitFigures(
    int Calls,
    int Answered,
    int Abandoned,
    double MeanWaitSeconds,
    double P90WaitSeconds,
    double ServiceLevel20Percent,
    double ServiceLevel60Percent);
