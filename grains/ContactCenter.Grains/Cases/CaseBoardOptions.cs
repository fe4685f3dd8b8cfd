namespace ContactCenter.Grains.Cases;

/// <summary>
/// Cadences of the case board, on the wall clock (infrastructure, not business time). PredictEvery null switches
/// the periodic breach prediction off: the test clusters do, since a run between their steps would warn whichever
/// test's cases happen to be open; they, and a load run on a virtual clock, call PredictBreaches themselves.
/// </summary>
public sealed class CaseBoardOptions
{
    public TimeSpan? PredictEvery { get; set; } = TimeSpan.FromSeconds(30);
}
