using Orleans.Configuration;
using Microsoft.Extensions.Options;

namespace ContactCenter.Hosting;

/// <summary>
/// A client started before any silo, or whose silos are all restarting, keeps trying every two seconds
/// instead of failing its host: dashboards and silos may start in any order.
/// </summary>
internal sealed class PatientConnectionRetryFilter(IOptions<ClusterOptions> cluster, ILogger<PatientConnectionRetryFilter> logger)
    : IClientConnectionRetryFilter
{
    private int _attempts;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (++_attempts % 5 == 1)
            logger.LogWarning("No silo of cluster '{ClusterId}' answers yet (attempt {Attempt}: {Reason}); retrying every 2 s",
                cluster.Value.ClusterId, _attempts, exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        return !cancellationToken.IsCancellationRequested;
    }
}
