namespace ContactCenter.Grains;

/// <summary>Does nothing: its call rate is the ceiling any real grain call can reach.</summary>
[StatelessWorker]
public sealed class PingGrain : Grain, IPingGrain
{
    public ValueTask<int> Ping(int value) => ValueTask.FromResult(value);
}
