using ContactCenter.Load.Results;

namespace ContactCenter.Load.ChurnBench;

/// <summary>One scoring measurement: how many calls, how fast, and the per-call latency in milliseconds.</summary>
internal sealed record ScoringMeasurement(string Name, int Callers, int Calls, double Seconds, double ScoresPerSecond, Percentiles LatencyMs);

/// <summary>One training size: generating the rows, then the whole Train call and its stages (seconds, wall clock).</summary>
internal sealed record TrainingMeasurement(
    int Rows, int TrainingRows, int HeldOutRows, double GenerateSeconds, double TrainSeconds,
    IReadOnlyList<StageTime> Stages, double HeldOutRocAuc, double PositiveRate, double PeakWorkingSetMb);

/// <summary>Seconds from a training stage's first report until the next stage began.</summary>
internal sealed record StageTime(string Stage, double Seconds);

/// <summary>Everything `churn-bench` writes. LoadAverage is the machine's 1/5/15-minute load when it began (Linux), since other work skews timings.</summary>
internal sealed record ChurnBenchResult(
    string Learner, string CrossValidation, int ScoringModelRows, IReadOnlyList<ScoringMeasurement> Scoring,
    IReadOnlyList<TrainingMeasurement> Training, string Generator, DateTimeOffset MeasuredAt, MachineInfo Machine, string? LoadAverage)
{
    public static string? ReadLoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null; }
        catch (IOException) { return null; }
    }
}
