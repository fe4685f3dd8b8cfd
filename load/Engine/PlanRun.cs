using ContactCenter.Load.Results;

namespace ContactCenter.Load.Engine;

/// <summary>Where and how fast a plan runs: --speedup, and --cluster with its ids (null gateways = embedded).</summary>
internal sealed record RunTarget(string Speedup, string? Gateways, string ClusterId, string ServiceId)
{
    public string Describe => Gateways is null ? "embedded cluster" : $"cluster {Gateways}";
}

/// <summary>One plan on a fresh clock and cluster, with the live display while it runs.</summary>
internal static class PlanRun
{
    /// <summary>prepare: work on the cluster before the plan's own setup (seeding customers, promoting a model).</summary>
    public static async Task<LoadOutcome> RunAsync(LoadPlan plan, RunTarget target, TimeSpan wallLimit, string title, CancellationToken ct,
        Func<IGrainFactory, CancellationToken, Task>? prepare = null)
    {
        var time = RunClock.Create(target.Speedup, RunClock.Origin);
        await using var cluster = await LoadCluster.OpenAsync(target.Gateways, target.ClusterId, target.ServiceId, time, ct);
        if (prepare is not null) await prepare(cluster.Grains, ct);
        // On a scaled clock the preparation took simulated time too; the plan's second 0 is when it is done.
        var scheduler = new LoadScheduler(time, prepare is null ? RunClock.Origin : time.GetUtcNow());
        var engine = new LoadEngine(cluster.Grains, plan, scheduler);
        return await LiveProgress.ShowWhile(engine.RunAsync(wallLimit, ct), engine.Ledger, scheduler, plan.ArrivalWindowSeconds,
            $"{title}, clock {RunClock.Describe(target.Speedup)}");
    }
}
