namespace ContactCenter.Demo;

/// <summary>What the simulator has seen, for its periodic one-line summary.</summary>
public sealed class SimulationCounters
{
    private long _arrivals, _offers, _answered, _completed, _abandoned, _churned;

    public long Arrivals => Interlocked.Read(ref _arrivals);
    public long Offers => Interlocked.Read(ref _offers);
    public long Answered => Interlocked.Read(ref _answered);
    public long Completed => Interlocked.Read(ref _completed);
    public long Abandoned => Interlocked.Read(ref _abandoned);
    public long Churned => Interlocked.Read(ref _churned);

    public long Arrived() => Interlocked.Increment(ref _arrivals);
    public long Offered() => Interlocked.Increment(ref _offers);
    public long Answer() => Interlocked.Increment(ref _answered);
    public long Complete() => Interlocked.Increment(ref _completed);
    public long Abandon() => Interlocked.Increment(ref _abandoned);
    public long Churn() => Interlocked.Increment(ref _churned);
}
