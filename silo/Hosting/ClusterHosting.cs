using ContactCenter.Hosting;

namespace ContactCenter.Silo.Hosting;

/// <summary>
/// Where the Orleans cluster comes from: embedded (the default, a silo with localhost clustering and
/// in-memory storage) or, when Redis:ConnectionString is set, a silo of the Redis-backed cluster.
/// </summary>
public static class ClusterHosting
{
    public static ClusterSettings AddContactCenterCluster(this WebApplicationBuilder builder)
    {
        var settings = ClusterSettings.Read(builder.Configuration);
        if (!settings.IsCluster)
        {
            builder.UseEmbeddedContactCenter();
            return settings;
        }
        builder.UseOrleans(silo => silo.UseRedisContactCenter(settings).AddContactCenterGrains());
        return settings;
    }

    public static string Describe(ClusterSettings settings) =>
        settings.IsCluster ? RedisClusterExtensions.Describe(settings) : EmbeddedClusterExtensions.Description;
}
