namespace ContactCenter.Load.Tests.Engine;

/// <summary>
/// Runs on the virtual clock that are held to the millisecond. Under CPU contention an offer can still be in flight
/// when the clock moves on (seen on a starved machine, before the churn work too), so these run one at a time, after
/// the parallel tests, and never beside each other's clusters and model training.
/// </summary>
[CollectionDefinition(nameof(VirtualClockRuns), DisableParallelization = true)]
public sealed class VirtualClockRuns;
