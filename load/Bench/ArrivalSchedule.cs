namespace ContactCenter.Load.Bench;

/// <summary>
/// Open-loop arrivals: evenly spaced at a set rate, whatever the system under test does. Arrival i is due
/// i/rate seconds after the start, so a slow router shows as latency from the scheduled time, not as fewer sends.
/// </summary>
internal sealed record ArrivalSchedule(double Rate, TimeSpan Duration)
{
    /// <summary>Arrivals whose scheduled time falls inside the duration (at least one).</summary>
    public int Count => Math.Max(1, (int)Math.Ceiling(Rate * Duration.TotalSeconds - 1e-9));

    /// <summary>When arrival <paramref name="index"/> is due, from the start.</summary>
    public TimeSpan DueAt(int index) => TimeSpan.FromSeconds(index / Rate);
}
