namespace ContactCenter.Load.Bench;

internal sealed record BenchOptions(int Seconds, FileInfo Output, int Agents, int Queues, int HandleMs, int Concurrency)
{
    public int InFlight => Concurrency > 0 ? Concurrency : Math.Max(1, Agents * 4 / 5);
}
