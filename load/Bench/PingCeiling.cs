using System.Diagnostics;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>The three ping ceilings measured in the same run, calls per second.</summary>
internal sealed record PingCeilings(double ManyGrains, double SingleActivation, double StatelessWorker, int Callers);

/// <summary>
/// The rate of a trivial grain call: the ceiling any routing call can reach. ManyGrains spreads the callers
/// over one stateless-worker key each (the historical figure); SingleActivation sends every caller to one
/// ordinary grain, which runs one call at a time (what one router grain could at best serve);
/// StatelessWorker sends every caller to one stateless-worker key, which the silo spreads over local workers.
/// </summary>
internal static class PingCeiling
{
    public const int Callers = 200;
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(500);

    public static async Task<PingCeilings> MeasureAllAsync(IGrainFactory grains, TimeSpan duration, CancellationToken ct) => new(
        await MeasureAsync(c => grains.GetGrain<IPingGrain>(c).Ping(1), duration, ct),
        await MeasureAsync(_ => grains.GetGrain<IActivationPingGrain>(0).Ping(1), duration, ct),
        await MeasureAsync(_ => grains.GetGrain<IPingGrain>(-1).Ping(1), duration, ct),
        Callers);

    private static async Task<double> MeasureAsync(Func<int, ValueTask<int>> ping, TimeSpan duration, CancellationToken ct)
    {
        // Activations and JIT would otherwise count against the first second of a short measurement.
        await RunAsync(ping, WarmUp, ct);
        return Math.Round(await RunAsync(ping, duration, ct));
    }

    private static async Task<double> RunAsync(Func<int, ValueTask<int>> ping, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, Callers).Select(async c =>
        {
            var n = 0;
            while (clock.Elapsed < duration && !ct.IsCancellationRequested)
                n += await ping(c);
            return n;
        }));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
