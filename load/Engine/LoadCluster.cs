using System.Net;
using System.Net.Sockets;
using System.Reflection;
using ContactCenter.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace ContactCenter.Load.Engine;

/// <summary>
/// Where a run sends its traffic: an in-process silo on loopback whose grains read the run's clock, or a
/// running cluster joined as a client through loopback gateways.
/// </summary>
internal sealed class LoadCluster(IHost host) : IAsyncDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The embedded cluster on the run's clock, or the running cluster named by --cluster.</summary>
    public static Task<LoadCluster> OpenAsync(string? gateways, string clusterId, string serviceId, TimeProvider time, CancellationToken ct) =>
        gateways is null ? StartEmbeddedAsync(time, ct) : ConnectAsync(gateways, clusterId, serviceId, ct);

    public static async Task<LoadCluster> StartEmbeddedAsync(TimeProvider time, CancellationToken ct)
    {
        var host = Host.CreateDefaultBuilder()
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(FreePort(), FreePort()).AddContactCenterGrains().AddContactCenterMemoryStorage();
                // Business time follows the run's clock; Orleans' own timers (membership, messaging) stay on the wall clock.
                silo.Services.Replace(ServiceDescriptor.Singleton(time));
                foreach (var key in OrleansTimeAreas()) silo.Services.AddKeyedSingleton(key, TimeProvider.System);
            })
            // On the virtual clock Orleans' watchdog sees simulated hours pass between its checks and warns; it is not a stall.
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error))
            .Build();
        await host.StartAsync(ct);
        return new LoadCluster(host);
    }

    /// <summary>Joins a cluster through the given gateways ("127.0.0.1:30000,[::1]:30001"); only loopback is allowed.</summary>
    public static async Task<LoadCluster> ConnectAsync(string gateways, string clusterId, string serviceId, CancellationToken ct)
    {
        var endpoints = ParseGateways(gateways);
        var host = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client
                .UseStaticClustering(endpoints)
                .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, serviceId)))
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();
        await host.StartAsync(ct);
        return new LoadCluster(host);
    }

    public static IPEndPoint[] ParseGateways(string gateways)
    {
        var endpoints = gateways.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(g => IPEndPoint.TryParse(g, out var ep) && ep.Port > 0 ? ep
                : throw new ArgumentException($"--cluster: '{g}' is not an address:port gateway endpoint (for example 127.0.0.1:30000)."))
            .ToArray();
        if (endpoints.Length == 0) throw new ArgumentException("--cluster: give at least one gateway endpoint, for example 127.0.0.1:30000.");
        var outside = endpoints.FirstOrDefault(e => !IPAddress.IsLoopback(e.Address));
        if (outside is not null) throw new ArgumentException($"--cluster: {outside} is not a loopback address; load runs only send traffic to 127.0.0.1 or ::1.");
        return endpoints;
    }

    public async ValueTask DisposeAsync()
    {
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
