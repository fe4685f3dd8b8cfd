using System.Diagnostics;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Hosting;

namespace ContactCenter.Dashboard.Api;

/// <summary>The dashboard process's own memory, for load tools measuring cost per connection or circuit. Admins only.</summary>
internal static class DiagnosticsEndpoints
{
    public sealed record MemoryReading(long WorkingSetBytes, long ManagedHeapBytes, long GcCommittedBytes, int Circuits);

    public static void MapDiagnosticsEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/diagnostics/memory", (bool? collect, OpenCircuits circuits) =>
            {
                // A full, compacting collection first, so two readings compare live memory, not garbage.
                if (collect == true)
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                }
                using var process = Process.GetCurrentProcess();
                return new MemoryReading(process.WorkingSet64, GC.GetTotalMemory(false), GC.GetGCMemoryInfo().TotalCommittedBytes, circuits.Count);
            })
            .WithTags("Diagnostics")
            .WithSummary("This dashboard's working set, managed heap and open circuits; collect=true forces a full GC first")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));
}
