namespace ContactCenter.Demo;

/// <summary>Shared pieces of a running simulation: time, seeded draws (locked), counters and cancellation.</summary>
public sealed class SimulationClock(TimeProvider time, SimulationOptions options, CancellationToken stopping)
{
    private readonly Draws _draws = new(options.Seed + 2);

    public SimulationOptions Options { get; } = options;
    public SimulationCounters Counters { get; } = new();
    public CancellationToken Stopping { get; } = stopping;
    public TimeProvider Time { get; } = time;

    /// <summary>Customers who have left (seeded or live); they make no more contacts.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Churned { get; } = new(StringComparer.Ordinal);

    /// <summary>The simulated case workers, when Simulation:Cases:Enabled.</summary>
    public CaseWorkers? Cases { get; set; }

    public T Draw<T>(Func<Draws, T> draw)
    {
        lock (_draws) return draw(_draws);
    }

    public Task Wait(double seconds) =>
        Task.Delay(TimeSpan.FromSeconds(Math.Max(0, seconds)), Time, Stopping);

    /// <summary>True for the first few events of a kind, so the log shows individual events without flooding.</summary>
    public static bool Early(long count) => count <= 3;
}
