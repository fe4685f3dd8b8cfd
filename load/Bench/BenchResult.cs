using ContactCenter.Load.Results;

namespace ContactCenter.Load.Bench;

/// <summary>The target: routed/s at least min(20,000, ceiling / 20), and p99 at most 5 ms at half of the max.</summary>
internal sealed record BenchTarget(double RoutedPerSecond, double OfferP99Ms, bool Met)
{
    public const double MaxRoutedTarget = 20_000;
    public const double CeilingShare = 20;
    public const double P99Ms = 5;

    public static BenchTarget Check(double routedPerSecond, double p99Ms, double ceiling)
    {
        var routed = Math.Round(Math.Min(MaxRoutedTarget, ceiling / CeilingShare), 1);
        return new(routed, P99Ms, routedPerSecond >= routed && p99Ms <= P99Ms && routedPerSecond > 0);
    }
}

/// <summary>
/// What `bench` writes. routedPerSecond and completedPerSecond are at the max rate (find-max) or the median of the
/// runs at --rate; offerLatencyMs is the median of the runs at half the max (or at --rate), from the scheduled
/// arrival to the agent's offer callback. cpuPercent, bytesAllocatedPerRouted and grainCallsPerRouted are of
/// the whole process (silo and driver) over the max step's sending window; grain calls are counted by a
/// silo-wide incoming grain-call filter, so they include the bench's own Create, Accept and Complete.
/// </summary>
internal sealed record BenchResult(
    double RoutedPerSecond,
    double CompletedPerSecond,
    double? MaxRate,
    double LatencyRate,
    LatencySummary OfferLatencyMs,
    double GrainCallCeilingPerSecond,
    double SingleActivationCeilingPerSecond,
    double StatelessWorkerCeilingPerSecond,
    int PingCallers,
    double CpuPercent,
    double BytesAllocatedPerRouted,
    double GrainCallsPerRouted,
    string GrainCallsCountedBy,
    bool MeetsTarget,
    BenchTarget Target,
    string Mode,
    string? StopReason,
    IReadOnlyList<StepMeasurement> Steps,
    IReadOnlyList<StepMeasurement> LatencyRuns,
    int Agents,
    bool AgentsDefaulted,
    int AgentsFailed,
    int Queues,
    int QueuesPerAgent,
    int Waiting,
    int WaitingFailed,
    int HandleMs,
    int Seconds,
    int Runs,
    int LateSends,
    int Unfinished,
    IReadOnlyDictionary<string, int> Failures,
    double SetUpSeconds,
    DateTimeOffset MeasuredAt,
    MachineInfo Machine);
