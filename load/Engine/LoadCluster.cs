using System.Net;
using System.Net.Sockets;
using System.Reflection;
using ContactCenter.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace ContactCenter.Load.Engine;

/// <summary>
/// Where a run sends its traffic: an in-process silo on loopback whose grains read the run's clock, or a
/// running cluster joined as a client through loopback gateways.
/// </summary>
internal sealed class LoadCluster(IHost host, bool embedded = false) : IAsyncDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The host's services (for an embedded cluster, the silo's: its reminder table, for instance).</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>The embedded cluster on the run's clock, or the running cluster named by --cluster.</summary>
    public static Task<LoadCluster> OpenAsync(string? gateways, string clusterId, string serviceId, TimeProvider time, CancellationToken ct) =>
        gateways is null ? StartEmbeddedAsync(time, ct) : ConnectAsync(gateways, clusterId, serviceId, ct);

    public static async Task<LoadCluster> StartEmbeddedAsync(TimeProvider time, CancellationToken ct, Action<ISiloBuilder>? configure = null)
    {
        var host = Host.CreateDefaultBuilder()
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(FreePort(), FreePort()).AddContactCenterGrains().AddContactCenterMemoryStorage();
                // Business time follows the run's clock; Orleans' own timers (membership, messaging) stay on the wall clock.
                silo.Services.Replace(ServiceDescriptor.Singleton(time));
                foreach (var key in OrleansTimeAreas()) silo.Services.AddKeyedSingleton(key, TimeProvider.System);
                configure?.Invoke(silo);
            })
            // On the virtual clock Orleans' watchdog sees simulated hours pass between its checks and warns; it is not a stall.
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error))
            .Build();
        await host.StartAsync(ct);
        return new LoadCluster(host, embedded: true);
    }

    /// <summary>Joins a cluster through its gateway on this machine ("127.0.0.1:30000"), as the dashboard's client mode does.</summary>
    public static async Task<LoadCluster> ConnectAsync(string gateway, string clusterId, string serviceId, CancellationToken ct)
    {
        var endpoint = ParseGateway(gateway);
        var host = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client.UseLocalhostClustering(endpoint.Port, serviceId, clusterId))
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();
        await host.StartAsync(ct);
        return new LoadCluster(host);
    }

    /// <summary>
    /// Joins a Redis-backed cluster (gateways found in Redis), as the dashboard does in cluster mode. Bounded:
    /// when no silo answers within connectTimeout it stops with the cluster named. Every silo found must be on
    /// loopback, or the connection is closed before any traffic is sent.
    /// </summary>
    public static async Task<LoadCluster> ConnectRedisAsync(string redis, string clusterId, string serviceId, TimeSpan connectTimeout, CancellationToken ct)
    {
        var settings = RedisSettings(redis, clusterId, serviceId);
        var host = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client.UseRedisContactCenterClient(settings))
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(connectTimeout);
        try { await host.StartAsync(bounded.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            host.Dispose();
            throw new InvalidOperationException(
                $"--redis: no silo of cluster '{clusterId}' answered within {connectTimeout.TotalSeconds:0} s ({RedisClusterExtensions.Describe(settings)}).");
        }
        var cluster = new LoadCluster(host);
        var hosts = await cluster.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        if (hosts.Keys.FirstOrDefault(s => !IPAddress.IsLoopback(s.Endpoint.Address)) is { } remote)
        {
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"--redis: cluster '{clusterId}' has a silo at {remote.Endpoint}, not on loopback; load runs only send traffic to this machine.");
        }
        return cluster;
    }

    /// <summary>The cluster settings for --redis host:port, read as the silos read theirs; loopback hosts only.</summary>
    public static ClusterSettings RedisSettings(string redis, string clusterId, string serviceId)
    {
        var text = redis.Trim();
        ClusterSettings settings;
        try
        {
            settings = ClusterSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                [ClusterSettings.RedisKey] = text,
                [ClusterSettings.ClusterIdKey] = clusterId,
                [ClusterSettings.ServiceIdKey] = serviceId,
            }).Build());
        }
        catch (ClusterConfigurationException ex)
        {
            var option = ex.Key switch { ClusterSettings.ClusterIdKey => "--cluster-id", ClusterSettings.ServiceIdKey => "--service-id", _ => "--redis" };
            throw new ArgumentException($"{option}: {ex.Message}", ex);
        }
        if (!settings.IsCluster) throw new ArgumentException("--redis: give the cluster's Redis as host:port, for example 127.0.0.1:6380.");
        foreach (var endpoint in RedisEndpoints.Parse(text).EndPoints)
            if (endpoint is not IPEndPoint ip || !IPAddress.IsLoopback(ip.Address))
                throw new ArgumentException($"--redis: {RedisEndpoints.Format(endpoint)} is not a loopback address (127.0.0.1 or ::1); load runs only send traffic to this machine.");
        return settings;
    }

    /// <summary>One 127.0.0.1 gateway: load runs never send traffic beyond this machine's loopback.</summary>
    public static IPEndPoint ParseGateway(string gateway)
    {
        var text = gateway.Trim();
        if (text.Contains(',')) throw new ArgumentException($"--cluster: give one gateway, not a list ('{gateway}'); the client finds the other silos through it.");
        if (!IPEndPoint.TryParse(text, out var endpoint) || endpoint.Port == 0)
            throw new ArgumentException($"--cluster: '{gateway}' is not an address:port gateway endpoint (for example 127.0.0.1:30000).");
        if (!endpoint.Address.Equals(IPAddress.Loopback))
            throw new ArgumentException($"--cluster: {endpoint.Address} is not 127.0.0.1; load runs only send traffic to this machine's loopback.");
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        // Grains that save on deactivation (the churn index) must do it while the in-memory storage still runs: left
        // to the silo's shutdown, they find it gone and retry until the 30 s deactivation timeout, logging errors.
        if (embedded) await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await host.StopAsync(CancellationToken.None);
        host.Dispose();
    }

    private static IEnumerable<string> OrleansTimeAreas() =>
        typeof(TimeProviderNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
