using System.Diagnostics;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>The rate of a trivial grain call with the same concurrency: the ceiling any routing call can reach.</summary>
internal static class PingCeiling
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(500);

    public static async Task<double> MeasureAsync(IGrainFactory grains, int callers, TimeSpan duration, CancellationToken ct)
    {
        // Activations and JIT would otherwise count against the first second of a short measurement.
        await RunAsync(grains, callers, WarmUp, ct);
        return await RunAsync(grains, callers, duration, ct);
    }

    private static async Task<double> RunAsync(IGrainFactory grains, int callers, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, callers).Select(async c =>
        {
            var grain = grains.GetGrain<IPingGrain>(c);
            var n = 0;
            while (clock.Elapsed < duration && !ct.IsCancellationRequested)
                n += await grain.Ping(1);
            return n;
        }));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
