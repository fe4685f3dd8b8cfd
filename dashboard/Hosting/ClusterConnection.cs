using ContactCenter.Hosting;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>How this dashboard reaches the cluster.</summary>
public enum ClusterMode { Embedded, Client }

/// <summary>
/// With Redis:ConnectionString set, the dashboard is a client of the Redis-backed cluster (gateways found
/// in Redis). Otherwise Orleans:Mode chooses: Embedded (default) co-hosts a silo in this process; Client
/// joins a cluster through the loopback gateway Orleans:GatewayPort.
/// </summary>
public static class ClusterConnection
{
    public const string ModeKey = "Orleans:Mode";

    public static (ClusterMode Mode, ClusterSettings Settings) AddContactCenterCluster(this WebApplicationBuilder builder)
    {
        var settings = ClusterSettings.Read(builder.Configuration);
        if (settings.IsCluster)
        {
            builder.UseOrleansClient(client => client.UseRedisContactCenterClient(settings));
            ServeWhileConnecting(builder);
            return (ClusterMode.Client, settings);
        }
        var configured = builder.Configuration[ModeKey];
        if (!Enum.TryParse<ClusterMode>(configured ?? nameof(ClusterMode.Embedded), ignoreCase: true, out var mode))
            throw new ClusterConfigurationException(ModeKey, $"{ModeKey} is '{configured}'; use Embedded or Client.");
        if (mode == ClusterMode.Embedded)
        {
            builder.UseEmbeddedContactCenter();
            return (mode, settings);
        }
        builder.UseOrleansClient(client => client.UseLocalhostClustering(settings.GatewayPort));
        ServeWhileConnecting(builder);
        return (mode, settings);
    }

    /// <summary>
    /// A client keeps retrying until a silo answers. Hosted services normally start one after another and
    /// the web server last, so a dashboard started before any silo would not even answer /healthz. Started
    /// together, it serves at once: liveness passes, readiness and the banner say no silo answers yet.
    /// </summary>
    private static void ServeWhileConnecting(WebApplicationBuilder builder) =>
        builder.Services.Configure<HostOptions>(o => o.ServicesStartConcurrently = true);

    public static string Describe(ClusterMode mode, ClusterSettings settings) =>
        settings.IsCluster ? $"client of the {RedisClusterExtensions.Describe(settings)}"
        : mode == ClusterMode.Embedded ? EmbeddedClusterExtensions.Description
        : $"client of the cluster at gateway 127.0.0.1:{settings.GatewayPort}";
}
