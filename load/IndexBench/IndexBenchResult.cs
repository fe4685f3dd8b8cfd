using ContactCenter.Load.Results;

namespace ContactCenter.Load.IndexBench;

/// <summary>One timed operation at one floor size; LatencyUs are microseconds per operation.</summary>
internal sealed record IndexMeasurement(string Name, int Waiting, int Agents, int Repetitions, Percentiles LatencyUs);

/// <summary>Everything `index-bench` writes. LoadAverage is the machine's load when it began, since other work skews timings.</summary>
internal sealed record IndexBenchResult(
    IReadOnlyList<IndexMeasurement> Measurements, IndexMemory Memory, DateTimeOffset MeasuredAt, MachineInfo Machine, string? LoadAverage);

/// <summary>Managed bytes the indices hold per waiting entry and per known agent (one requirement class built), beyond the records themselves.</summary>
internal sealed record IndexMemory(int Waiting, double BytesPerWaitingEntry, int Agents, double BytesPerAgent);
