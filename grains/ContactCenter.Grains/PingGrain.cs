namespace ContactCenter.Grains;

/// <summary>Does nothing: its call rate is the ceiling any real grain call can reach.</summary>
[StatelessWorker]
public sealed class PingGrain : Grain, IPingGrain
{
    public ValueTask<int> Ping(int value) => ValueTask.FromResult(value);
}

/// <summary>Does nothing, one call at a time on one activation: the ceiling of a single grain.</summary>
public sealed class ActivationPingGrain : Grain, IActivationPingGrain
{
    public ValueTask<int> Ping(int value) => ValueTask.FromResult(value);
}
