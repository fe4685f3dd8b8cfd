using System.Diagnostics;
using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using ContactCenter.Demo;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Load.Memory;

/// <summary>
/// Seeds the demo's customers (the demo seeder's shapes, streamed so the tool never holds them all), in concurrent
/// batches. After the first <see cref="MemoryRunner.BootstrapCustomers"/> the demo's churn bootstrap trains and
/// promotes a model on them, so every customer ends with a model score and its explanation, as in the demo.
/// </summary>
internal sealed class CustomerSeeding(IGrainFactory grains, ILoggerFactory logs)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    public int Seeded { get; private set; }
    public long Contacts { get; private set; }
    public string? ModelVersion { get; private set; }

    public async Task RunAsync(MemoryOptions options, Func<bool> outOfTime, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var lastShown = TimeSpan.Zero;
        var now = TimeProvider.System.GetUtcNow();
        foreach (var batch in DemoCustomers.Stream(options.Customers, options.Seed, now, options.HistoryPercent).Chunk(options.Batch))
        {
            ct.ThrowIfCancellationRequested();
            if (outOfTime())
            {
                MemoryReport.Progress($"--max-minutes {options.MaxMinutes} reached after {Seeded:N0} customers; measuring what is there.");
                break;
            }
            await Task.WhenAll(batch.Select(c => grains.GetGrain<ICustomerGrain>(c.Profile.CustomerId).Seed(c.Profile, c.History, c.ChurnedAt)));
            Seeded += batch.Length;
            Contacts += batch.Sum(c => c.History.Count);
            if (ModelVersion is null && (Seeded >= MemoryRunner.BootstrapCustomers || Seeded == options.Customers)) await Bootstrap(ct);
            if (clock.Elapsed - lastShown >= ProgressEvery || Seeded == options.Customers)
            {
                lastShown = clock.Elapsed;
                MemoryReport.Progress($"{Seeded:N0} / {options.Customers:N0} customers seeded ({Seeded / clock.Elapsed.TotalSeconds:N0}/s), working set {MemoryReport.Mb(Environment.WorkingSet)}");
            }
        }
    }

    private async Task Bootstrap(CancellationToken ct)
    {
        MemoryReport.Progress($"Training and promoting the demo's churn model on the first {Seeded:N0} customers...");
        var bootstrap = new ChurnBootstrap(grains, TimeProvider.System, logs.CreateLogger<ChurnBootstrap>());
        ModelVersion = await bootstrap.RunAsync(ct) ?? "already promoted";
    }
}
