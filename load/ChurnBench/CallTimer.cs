using System.Diagnostics;
using ContactCenter.Load.Results;

namespace ContactCenter.Load.ChurnBench;

/// <summary>
/// Times calls one at a time, or from several callers at once, until a count or a wall-clock limit is reached.
/// Each call's latency is kept (a double per call), so the count bounds the memory as well.
/// </summary>
internal static class CallTimer
{
    public static ScoringMeasurement Run(string name, int maxCalls, TimeSpan limit, Action<int> call)
    {
        var latencies = new double[maxCalls];
        var started = Stopwatch.GetTimestamp();
        var n = 0;
        for (; n < maxCalls && Stopwatch.GetElapsedTime(started) < limit; n++)
        {
            var before = Stopwatch.GetTimestamp();
            call(n);
            latencies[n] = Stopwatch.GetElapsedTime(before).TotalMilliseconds;
        }
        return Measurement(name, 1, latencies.AsSpan(0, n).ToArray(), Stopwatch.GetElapsedTime(started));
    }

    public static async Task<ScoringMeasurement> RunAsync(string name, int callers, int maxCalls, TimeSpan limit, Func<int, Task> call, CancellationToken ct)
    {
        var latencies = new double[maxCalls];
        Array.Fill(latencies, double.NaN);
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < maxCalls && Stopwatch.GetElapsedTime(started) < limit && !ct.IsCancellationRequested)
            {
                var before = Stopwatch.GetTimestamp();
                await call(k);
                latencies[k] = Stopwatch.GetElapsedTime(before).TotalMilliseconds;
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        // A slot taken just as the limit passed stays empty.
        return Measurement(name, callers, latencies.Where(double.IsFinite).ToArray(), elapsed);
    }

    private static ScoringMeasurement Measurement(string name, int callers, double[] latencies, TimeSpan elapsed) =>
        new(name, callers, latencies.Length, Math.Round(elapsed.TotalSeconds, 3),
            Math.Round(latencies.Length / elapsed.TotalSeconds, 1), Percentiles.Of(latencies));
}
