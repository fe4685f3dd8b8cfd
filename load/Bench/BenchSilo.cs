using System.Net;
using System.Net.Sockets;
using ContactCenter.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Load.Bench;

/// <summary>An in-process single silo on free loopback ports, the same wiring as the embedded product.</summary>
internal static class BenchSilo
{
    public static async Task<IHost> StartAsync(CancellationToken ct)
    {
        var host = Host.CreateDefaultBuilder()
            .UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), FreePort()).AddContactCenterGrains().AddContactCenterMemoryStorage())
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();
        await host.StartAsync(ct);
        return host;
    }

    public static IGrainFactory Grains(this IHost host) => host.Services.GetRequiredService<IGrainFactory>();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
