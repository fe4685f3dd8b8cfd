using System.Diagnostics;
using System.Runtime;
using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;
using ContactCenter.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace ContactCenter.Load.Memory;

/// <summary>
/// `load -- memory`: an embedded silo like `bench` starts, N demo customers seeded into it (profile, past contacts,
/// a churn model's score), then optionally M interactions left waiting in queues nobody serves; the process's
/// memory is sampled after a full GC before and after each step, and the growth divided by the count.
/// </summary>
internal static class MemoryRunner
{
    /// <summary>Customers seeded before the churn model is trained on them, so every later one is scored as it arrives.</summary>
    public const int BootstrapCustomers = 5_000;

    public static async Task<int> RunAsync(MemoryOptions options, CancellationToken ct)
    {
        if (!OutputFile.CheckWritable(options.Output)) return 1;
        var startedAt = TimeProvider.System.GetUtcNow();
        var deadline = Stopwatch.StartNew();
        var limit = TimeSpan.FromMinutes(options.MaxMinutes);
        // Idle grains are collected after 15 minutes by default; a million take longer than that to seed, and all must stay resident.
        var keepResident = TimeSpan.FromMinutes(options.MaxMinutes + 60);
        await using var cluster = await LoadCluster.StartEmbeddedAsync(TimeProvider.System, ct,
            silo => silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = keepResident));
        var grains = cluster.Grains;
        var census = new ActivationCensus(grains);
        MemoryReport.Progress("Embedded silo started; sampling the baseline after a full GC...");
        var baseline = MemorySample.Take(await census.Count("CustomerGrain"));
        MemoryReport.Print("baseline", baseline);

        var seeding = new CustomerSeeding(grains, cluster.Services.GetRequiredService<ILoggerFactory>());
        var seedClock = Stopwatch.StartNew();
        await seeding.RunAsync(options, () => deadline.Elapsed > limit, ct);
        var seedSeconds = seedClock.Elapsed.TotalSeconds;
        var afterCustomers = MemorySample.Take(await census.Count("CustomerGrain"));
        MemoryReport.Print($"{seeding.Seeded:N0} customers", afterCustomers);

        MemorySample? afterWaiting = null;
        var created = 0;
        var waitClock = Stopwatch.StartNew();
        if (options.Waiting > 0)
        {
            created = await WaitingInteractions.CreateAsync(grains, options, seeding.Seeded, () => deadline.Elapsed > limit, ct);
            afterWaiting = MemorySample.Take(await census.Count("InteractionGrain"));
            MemoryReport.Print($"{created:N0} waiting interactions", afterWaiting);
        }
        var result = new MemoryResult(options.Customers, seeding.Seeded, seeding.Seeded == 0 ? 0 : (double)seeding.Contacts / seeding.Seeded,
            seeding.ModelVersion, options.Waiting, created, seeding.Seeded == options.Customers && created == options.Waiting,
            seedSeconds, options.Waiting > 0 ? waitClock.Elapsed.TotalSeconds : 0, baseline, afterCustomers, afterWaiting,
            MemorySample.Per(baseline, afterCustomers, seeding.Seeded),
            afterWaiting is null ? null : MemorySample.Per(afterCustomers, afterWaiting, created),
            GCSettings.IsServerGC ? "server" : "workstation", Environment.ProcessorCount, Environment.Version.ToString(), startedAt);
        await MemoryReport.WriteAsync(result, options.Output, ct);
        MemoryReport.PrintResult(result, options.Output);
        if (options.HoldSeconds > 0)
        {
            MemoryReport.Progress($"Holding the silo for {options.HoldSeconds} s: dotnet-gcdump collect -p {Environment.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds), TimeProvider.System, ct);
        }
        return result.Complete ? 0 : 2;
    }
}

/// <summary>Counts activations of a grain class in the silo (Orleans' own statistics).</summary>
internal sealed class ActivationCensus(IGrainFactory grains)
{
    public async Task<long> Count(string grainClass)
    {
        var stats = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return stats.Where(s => s.GrainType.Contains(grainClass, StringComparison.Ordinal)).Sum(s => (long)s.ActivationCount);
    }
}
