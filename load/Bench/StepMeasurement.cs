namespace ContactCenter.Load.Bench;

internal sealed record LatencySummary(double P50, double P95, double P99, double Mean, int Samples)
{
    public static LatencySummary Of(List<double> values)
    {
        if (values.Count == 0) return new(0, 0, 0, 0, 0);
        values.Sort();
        double At(double q) => values[Math.Clamp((int)Math.Ceiling(q * values.Count) - 1, 0, values.Count - 1)];
        return new(Round(At(0.50)), Round(At(0.95)), Round(At(0.99)), Round(values.Average()), values.Count);
    }

    private static double Round(double ms) => Math.Round(ms, 3);
}

/// <summary>
/// One open-loop run at a fixed rate. Offered/Completed count what happened inside the sending window;
/// CompletedByGrace adds a short grace after it (what "keeping up" is judged on); Unfinished is what had
/// neither completed nor failed when the step's drain gave up. Latency runs from the scheduled arrival
/// to the agent's offer callback. CPU, allocation and grain calls cover the sending window.
/// </summary>
internal sealed record StepMeasurement(
    double Rate,
    double Seconds,
    int Scheduled,
    int Late,
    int Offered,
    int Completed,
    int CompletedByGrace,
    int Refused,
    int Failed,
    int Unfinished,
    LatencySummary Latency,
    double RoutedPerSecond,
    double CompletedPerSecond,
    double CpuPercent,
    double BytesAllocatedPerRouted,
    double GrainCallsPerRouted);
