using ContactCenter.Grains.Hosting;

namespace ContactCenter.Silo.Hosting;

/// <summary>
/// Where the Orleans cluster comes from. Embedded (the default): a silo co-hosted in this process with
/// localhost clustering and in-memory storage. Cluster mode will switch this one place to Redis.
/// </summary>
public static class ClusterHosting
{
    /// <summary>How this process reaches its cluster, for the startup banner.</summary>
    public const string Description = "embedded silo, localhost clustering, in-memory storage";

    public static WebApplicationBuilder AddContactCenterCluster(this WebApplicationBuilder builder)
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
