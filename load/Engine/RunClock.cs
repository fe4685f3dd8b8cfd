using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Load.Engine;

/// <summary>
/// The --speedup choice: a number K runs a scaled clock (K simulated seconds per wall second); "max" runs a
/// virtual clock that jumps from one event to the next as soon as the cluster has settled.
/// </summary>
internal static class RunClock
{
    /// <summary>Simulated time starts on a Monday at midnight UTC, so a daily curve's hours are clock hours.</summary>
    public static readonly DateTimeOffset Origin = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static TimeProvider Create(string speedup, DateTimeOffset origin) =>
        IsVirtual(speedup) ? new FakeTimeProvider(origin) : new ScaledTimeProvider(origin, Parse(speedup));

    public static bool IsVirtual(string speedup) => string.Equals(speedup, "max", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when valid; otherwise the error to show.</summary>
    public static string? Validate(string speedup) =>
        IsVirtual(speedup) || (double.TryParse(speedup, NumberStyles.Float, CultureInfo.InvariantCulture, out var k) && k is >= 0.01 and <= 100_000)
            ? null
            : $"--speedup must be a number between 0.01 and 100000, or 'max'; got '{speedup}'.";

    public static string Describe(string speedup) => IsVirtual(speedup) ? "virtual (event to event)" : $"{Parse(speedup)}x";

    private static double Parse(string speedup) => double.Parse(speedup, NumberStyles.Float, CultureInfo.InvariantCulture);
}
