using ContactCenter.Hosting.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>What this dashboard last learned about the cluster: ready, or what is down in plain words.</summary>
public sealed record ClusterHealth(bool IsReady, IReadOnlyList<string> Problems, DateTimeOffset? CheckedAt)
{
    /// <summary>Before the first check nothing is known to be down, so nothing is shown.</summary>
    public static readonly ClusterHealth NotCheckedYet = new(true, [], null);

    public static ClusterHealth From(HealthReport report, DateTimeOffset at) => new(
        report.Status == HealthStatus.Healthy,
        report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Value.Description ?? $"{e.Key} is {e.Value.Status}").ToList(),
        at);

    public bool SameAs(ClusterHealth other) => IsReady == other.IsReady && Problems.SequenceEqual(other.Problems);
}

/// <summary>
/// Runs the readiness checks (the same ones /readyz runs) every few seconds and tells subscribers, such
/// as the layout's banner, when the answer changes. Unchanged results raise nothing.
/// </summary>
public sealed class ClusterHealthMonitor(HealthCheckService checks, TimeProvider time, ILogger<ClusterHealthMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2.5);

    /// <summary>The latest result; <see cref="ClusterHealth.NotCheckedYet"/> until the first check ends.</summary>
    public ClusterHealth Current { get; private set; } = ClusterHealth.NotCheckedYet;

    /// <summary>Raised on the checking thread when readiness or the list of problems changes; handlers must return fast.</summary>
    public event Action<ClusterHealth>? Changed;

    public async Task<ClusterHealth> CheckNowAsync(CancellationToken cancellationToken = default)
    {
        var report = await checks.CheckHealthAsync(HealthSetup.IsReadiness, cancellationToken);
        var (previous, next) = (Current, ClusterHealth.From(report, time.GetUtcNow()));
        Current = next;
        if (previous.SameAs(next)) return next;
        if (next.IsReady) logger.LogInformation("The cluster is ready again");
        else logger.LogWarning("The cluster is not ready: {Problems}", string.Join("; ", next.Problems));
        Changed?.Invoke(next);
        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            do
            {
                try { await CheckNowAsync(stoppingToken); }
                catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogWarning(ex, "The cluster health check failed to run"); }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) { }
    }
}
