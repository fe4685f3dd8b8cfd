using ContactCenter.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>
/// A real Redis, N real silo processes on it, and a cluster client that finds them through Redis, as the
/// dashboard and the load tool do in cluster mode. Everything is on loopback and torn down at the end.
/// </summary>
public sealed class RedisCluster : IAsyncDisposable
{
    private readonly List<SiloProcess> _silos = [];
    private readonly string _logs = Directory.CreateTempSubdirectory("cc-cluster-").FullName;
    private IHost? _client;

    public required RedisServer Redis { get; init; }
    public string ClusterId { get; } = $"cc-test-{Guid.NewGuid():N}"[..20];
    public IReadOnlyList<SiloProcess> Silos => _silos;
    public IClusterClient Client => _client?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("Not connected.");

    public static async Task<RedisCluster> StartAsync(int silos)
    {
        var cluster = await StartRedisOnlyAsync();
        for (var i = 0; i < silos; i++) cluster.StartSilo();
        await cluster.ConnectAsync();
        await cluster.WaitForActiveSilos(silos);
        return cluster;
    }

    /// <summary>Redis alone: silos, dashboards and the test's client join later, in whatever order a test likes.</summary>
    public static async Task<RedisCluster> StartRedisOnlyAsync() => new() { Redis = await RedisServer.StartAsync() };

    private readonly List<DashboardProcess> _dashboards = [];

    public async Task<DashboardProcess> StartDashboardAsync(bool waitForSilo = true)
    {
        var dashboard = await DashboardProcess.StartAsync(Redis.ConnectionString, ClusterId, _logs, waitForSilo);
        _dashboards.Add(dashboard);
        return dashboard;
    }

    public SiloProcess StartSilo()
    {
        var silo = SiloProcess.Start(Redis.ConnectionString, ClusterId, _logs);
        _silos.Add(silo);
        return silo;
    }

    public async Task ConnectAsync()
    {
        var settings = ClusterSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ClusterSettings.RedisKey] = Redis.ConnectionString,
            [ClusterSettings.ClusterIdKey] = ClusterId,
            [ClusterSettings.ServiceIdKey] = ClusterId,
        }).Build());
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseRedisContactCenterClient(settings));
        _client = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _client.StartAsync(timeout.Token);
    }

    public async Task WaitForActiveSilos(int count)
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        await Poll.Until(async () => (await management.GetHosts(onlyActive: true)).Count == count,
            TimeSpan.FromSeconds(90), $"{count} active silo(s)", Describe);
    }

    /// <summary>Waits until the silo is active in membership and no dead process is still counted as active.</summary>
    public async Task WaitUntilServing(SiloProcess silo)
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        var dead = _silos.Where(s => !s.Running).Select(s => s.SiloPort).ToHashSet();
        await Poll.Until(async () =>
        {
            var ports = (await management.GetHosts(onlyActive: true)).Keys.Select(a => a.Endpoint.Port).ToList();
            return ports.Contains(silo.SiloPort) && !ports.Any(dead.Contains);
        }, TimeSpan.FromSeconds(90), $"silo {silo.SiloPort} serving alone", Describe);
    }

    /// <summary>The silo process hosting the grain now, if it is active somewhere.</summary>
    public async Task<SiloProcess?> HostOf(IAddressable grain)
    {
        var address = await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return address is null ? null : _silos.FirstOrDefault(s => s.SiloPort == address.Endpoint.Port);
    }

    public string Describe() => string.Join("\n\n", _silos.Select(s => $"silo {s.SiloPort} ({(s.Running ? "running" : "dead")}):\n{s.Tail()}"));

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { await _client.StopAsync(quick.Token); } catch (Exception) { /* the cluster may be gone */ }
            _client.Dispose();
        }
        foreach (var dashboard in _dashboards) await dashboard.DisposeAsync();
        foreach (var silo in _silos) await silo.DisposeAsync();
        await Redis.DisposeAsync();
        try { Directory.Delete(_logs, recursive: true); } catch (IOException) { }
    }
}
