using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Hosting;

/// <summary>
/// Embedded mode, shared by every process that can run the whole center alone: a silo co-hosted in
/// the process with localhost clustering and in-memory storage. Ports come from Orleans:SiloPort and
/// Orleans:GatewayPort (defaults 11111 and 30000).
/// </summary>
public static class EmbeddedClusterExtensions
{
    public const string Description = "embedded silo, localhost clustering, in-memory storage";

    public static IHostApplicationBuilder UseEmbeddedContactCenter(this IHostApplicationBuilder builder)
    {
        var siloPort = builder.Configuration.GetValue("Orleans:SiloPort", 11111);
        var gatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", 30000);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort)
            .AddContactCenterGrains()
            .AddContactCenterMemoryStorage());
        return builder;
    }
}
