namespace ContactCenter.Load.Bench;

/// <summary>
/// What `bench` runs. Agents 0 means "enough": 1.25 × the interactions an agent holds at the highest rate the
/// run can try, assuming each is in flight for its handle time plus AssumedRoundTripMs (the offer, accept and
/// complete round trips of an unloaded silo). QueuesPerAgent 0 means every queue.
/// </summary>
internal sealed record BenchOptions(
    int Seconds, FileInfo Output, int Agents, int Queues, int QueuesPerAgent, int HandleMs,
    double Rate, bool FindMax, int Waiting, int Runs, int MaxOutstanding)
{
    public const double DefaultRate = 100;
    public const int MinAgents = 50;
    public const double AssumedRoundTripMs = 8;

    public int EffectiveQueuesPerAgent => QueuesPerAgent == 0 ? Queues : Math.Min(QueuesPerAgent, Queues);

    public SearchLimits Limits => new(Rate);

    /// <summary>The highest arrival rate this run can ask for.</summary>
    public double TopRate => FindMax ? Limits.TopRate : Rate;

    public bool AgentsGiven => Agents > 0;

    public int EffectiveAgents => AgentsGiven ? Agents : DefaultAgents(TopRate, HandleMs);

    public static int DefaultAgents(double rate, int handleMs) =>
        Math.Max(MinAgents, (int)Math.Ceiling(1.25 * rate * (handleMs + AssumedRoundTripMs) / 1000));
}
