using System.Diagnostics;
using System.Runtime;

namespace ContactCenter.Load.Memory;

/// <summary>The process's memory after a full, compacting, aggressive garbage collection (free memory returned to the OS).</summary>
internal sealed record MemorySample(long WorkingSetBytes, long PrivateBytes, long ManagedHeapBytes, long GcHeapSizeBytes, long Activations)
{
    public static MemorySample Take(long activations)
    {
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemorySample(process.WorkingSet64, process.PrivateMemorySize64, GC.GetTotalMemory(forceFullCollection: false),
            GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes, activations);
    }

    /// <summary>Bytes per item between two samples: working set and managed heap.</summary>
    public static MemoryPerItem Per(MemorySample before, MemorySample after, long items) => items <= 0
        ? new MemoryPerItem(0, 0, 0)
        : new MemoryPerItem(items, (double)(after.WorkingSetBytes - before.WorkingSetBytes) / items, (double)(after.ManagedHeapBytes - before.ManagedHeapBytes) / items);
}

/// <summary>Bytes each added item costs, by the process's working set and by the live managed heap.</summary>
internal sealed record MemoryPerItem(long Items, double WorkingSetBytes, double ManagedHeapBytes);
