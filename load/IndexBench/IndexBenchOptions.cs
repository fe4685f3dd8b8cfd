namespace ContactCenter.Load.IndexBench;

/// <summary>`index-bench` settings: the waiting entries in the one queue, the agent counts tried, timed repetitions per measure.</summary>
internal sealed record IndexBenchOptions(int Waiting, IReadOnlyList<int> Agents, int Repetitions, int Seed, FileInfo Output);
