using ContactCenter.Grains.Hosting;

namespace ContactCenter.Silo.Hosting;

/// <summary>
/// Where the Orleans cluster comes from. Embedded (the default): a silo co-hosted in this process.
/// Cluster mode will switch this one place to Redis.
/// </summary>
public static class ClusterHosting
{
    /// <summary>How this process reaches its cluster, for the startup banner.</summary>
    public const string Description = EmbeddedClusterExtensions.Description;

    public static WebApplicationBuilder AddContactCenterCluster(this WebApplicationBuilder builder)
    {
        builder.UseEmbeddedContactCenter();
        return builder;
    }
}
