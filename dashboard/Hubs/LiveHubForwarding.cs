using ContactCenter.Contracts;
using ContactCenter.Hosting;

namespace ContactCenter.Dashboard.Hubs;

/// <summary>
/// Whether this dashboard forwards live batches into the hub. Without a backplane every dashboard serves
/// only its own browsers, so each forwards. With the Redis backplane (cluster mode) one dashboard, elected
/// through a lease grain renewed every two seconds, forwards for all; the backplane fans the messages out
/// to the browsers of every dashboard. If the forwarder dies, another takes over within the lease.
/// </summary>
public sealed class LiveHubForwarding(IGrainFactory grains, ClusterSettings cluster, TimeProvider time, ILogger<LiveHubForwarding> logger)
    : IHostedService, IAsyncDisposable
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(6);

    private readonly string _dashboardId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private ITimer? _timer;
    private volatile bool _elected;

    public bool IsForwarder => !cluster.IsCluster || _elected;

    /// <summary>
    /// Raised when this dashboard takes over forwarding. Batches are deltas, so whatever changed while no
    /// dashboard forwarded must be re-sent in full, or wallboards would keep showing the old values.
    /// </summary>
    public event Action? BecameForwarder;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!cluster.IsCluster) return;
        await ClaimAsync();
        _timer = time.CreateTimer(_ => _ = ClaimAsync(), null, RenewEvery, RenewEvery);
    }

    public async Task ClaimAsync()
    {
        bool elected;
        try { elected = await grains.GetGrain<ILiveHubForwarderGrain>("center").Claim(_dashboardId, Lease); }
        catch (Exception ex)
        {
            // Cut off from the cluster, this dashboard receives no batches to forward anyway.
            logger.LogDebug(ex, "Could not renew the live hub lease");
            elected = false;
        }
        if (elected != _elected) logger.LogInformation("This dashboard {Role} the live hub forwarder", elected ? "is now" : "is no longer");
        var takingOver = elected && !_elected;
        _elected = elected;
        if (takingOver) BecameForwarder?.Invoke();
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => _timer?.DisposeAsync() ?? ValueTask.CompletedTask;
}
