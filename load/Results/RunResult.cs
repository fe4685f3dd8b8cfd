using ContactCenter.Load.Engine;
using ContactCenter.Load.Theory;

namespace ContactCenter.Load.Results;

/// <summary>Nearest-rank percentiles of a sample, with its mean and size.</summary>
internal sealed record Percentiles(double P50, double P90, double P95, double P99, double Max, double Mean, int Samples)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0) return new(0, 0, 0, 0, 0, 0, 0);
        Array.Sort(sorted);
        double At(double q) => Math.Round(sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)], 3);
        return new(At(0.5), At(0.9), At(0.95), At(0.99), Math.Round(sorted[^1], 3), Math.Round(sorted.Average(), 3), sorted.Length);
    }
}

/// <summary>
/// One queue's (or the whole center's) figures, in simulated seconds except RoutingLatencyMs and
/// ArrivalsPerSecondWall. Service level counts calls answered within the threshold against all that were
/// answered or hung up; ASA is the mean wait of answered calls.
/// </summary>
internal sealed record QueueResult(
    string Queue, int Agents, int Arrivals, int Answered, int Abandoned, int Unfinished,
    int ThresholdSeconds, double ServiceLevelPercent, double AsaSeconds, double AhtSeconds,
    double AbandonPercent, double OccupancyPercent, Percentiles WaitSeconds, Percentiles RoutingLatencyMs,
    double ArrivalsPerSecondWall);

/// <summary>A steady phase's measurement next to queueing theory for the same rate, handle time and agents.</summary>
internal sealed record PhaseQueueResult(
    string Queue, int Arrivals, double ServiceLevelPercent, double AsaSeconds, double AbandonPercent,
    double ProbabilityOfWaitPercent, QueuePrediction? Theory, string? TheoryNote);

internal sealed record PhaseResult(int Index, string Kind, double StartSeconds, double EndSeconds, IReadOnlyList<PhaseQueueResult> Queues);

internal sealed record TierResult(string Tier, int Arrivals, double ServiceLevelPercent, double AsaSeconds, double AbandonPercent, Percentiles WaitSeconds);

internal sealed record RunDiagnostics(bool Completed, int SettleTimeouts, int Faults, string? FirstFault, int PlannedArrivals);

internal sealed record MachineInfo(int ProcessorCount, string Os, string Runtime)
{
    public static MachineInfo Current() => new(Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
}

/// <summary>Everything `run` writes to RESULT.json.</summary>
internal sealed record RunResult(
    string Scenario, string Target, string Clock, double SimulatedSeconds, double WallSeconds,
    QueueResult Overall, IReadOnlyList<QueueResult> Queues, IReadOnlyList<TierResult> Tiers,
    IReadOnlyList<PhaseResult> Phases, IReadOnlyList<TimelinePoint> Timeline, RunDiagnostics Diagnostics,
    DateTimeOffset MeasuredAt, MachineInfo Machine);
