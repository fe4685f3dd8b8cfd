using System.Diagnostics;

namespace ContactCenter.Load.Bench;

/// <summary>CPU time, allocated bytes and grain calls of the whole bench process at one moment.</summary>
internal readonly record struct MeterReading(long Timestamp, TimeSpan Cpu, long AllocatedBytes, long GrainCalls)
{
    public static MeterReading Take(GrainCallCounter calls)
    {
        using var process = Process.GetCurrentProcess();
        return new(Stopwatch.GetTimestamp(), process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), calls.Calls);
    }

    /// <summary>CPU % of the machine (process CPU time / wall time / cores), as 0–100.</summary>
    public static double CpuPercent(MeterReading from, MeterReading to)
    {
        var wall = Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp).TotalSeconds;
        return wall <= 0 ? 0 : Math.Round(100 * (to.Cpu - from.Cpu).TotalSeconds / wall / Environment.ProcessorCount, 1);
    }

    public static double PerRouted(long delta, int routed) => routed == 0 ? 0 : Math.Round((double)delta / routed, 1);
}
