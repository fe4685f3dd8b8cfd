using ContactCenter.Grains.Hosting;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>How this dashboard reaches the cluster.</summary>
public enum ClusterMode { Embedded, Client }

/// <summary>
/// Orleans:Mode chooses: Embedded (default) co-hosts a silo in this process; Client joins a running
/// cluster through its gateway (Orleans:GatewayPort on loopback until cluster mode brings Redis).
/// </summary>
public static class ClusterConnection
{
    public static ClusterMode AddContactCenterCluster(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Orleans:Mode"];
        if (!Enum.TryParse<ClusterMode>(configured ?? nameof(ClusterMode.Embedded), ignoreCase: true, out var mode))
            throw new InvalidOperationException($"Orleans:Mode is '{configured}'; use Embedded or Client.");
        if (mode == ClusterMode.Embedded)
        {
            builder.UseEmbeddedContactCenter();
            return mode;
        }
        var gateway = builder.Configuration.GetValue("Orleans:GatewayPort", 30000);
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gateway));
        return mode;
    }

    public static string Describe(ClusterMode mode, IConfiguration configuration) => mode == ClusterMode.Embedded
        ? EmbeddedClusterExtensions.Description
        : $"client of the cluster at gateway 127.0.0.1:{configuration.GetValue("Orleans:GatewayPort", 30000)}";
}
