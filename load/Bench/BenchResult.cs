using ContactCenter.Load.Results;

namespace ContactCenter.Load.Bench;

internal sealed record LatencySummary(double P50, double P95, double P99, double Mean, int Samples)
{
    public static LatencySummary Of(List<double> values)
    {
        if (values.Count == 0) return new(0, 0, 0, 0, 0);
        values.Sort();
        double At(double q) => values[Math.Clamp((int)Math.Ceiling(q * values.Count) - 1, 0, values.Count - 1)];
        return new(At(0.50), At(0.95), At(0.99), values.Average(), values.Count);
    }
}

/// <summary>
/// What `bench` writes: routing rate and latency next to the raw grain-call ceiling. OfferLatencyMs counts
/// arrivals that found an agent free (pure routing); OfferLatencyAllMs adds those that waited for one.
/// </summary>
internal sealed record BenchResult(
    double RoutedPerSecond,
    LatencySummary OfferLatencyMs,
    LatencySummary OfferLatencyAllMs,
    int OffersAfterWaiting,
    double GrainCallCeilingPerSecond,
    int Agents,
    int Queues,
    int Seconds,
    int InFlight,
    int HandleMs,
    int Arrivals,
    int Offers,
    int Completed,
    int Refused,
    int Unfinished,
    DateTimeOffset MeasuredAt,
    MachineInfo Machine);
