using ContactCenter.Dashboard.Auth;
using Orleans.Dashboard;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// The Orleans dashboard (Microsoft.Orleans.Dashboard) at /orleans, for admins only. Its grains run on
/// the silos (each silo calls AddDashboard: the co-hosted one here, silo/ hosts in cluster mode); a
/// client dashboard only serves the pages and asks those grains.
/// </summary>
internal static class OrleansDashboardSetup
{
    public const string Path = "/orleans";

    public static WebApplicationBuilder AddOrleansDashboard(this WebApplicationBuilder builder, ClusterMode mode)
    {
        if (mode == ClusterMode.Embedded) builder.UseOrleans(silo => silo.AddDashboard());
        else builder.UseOrleansClient(client => client.AddDashboard());
        return builder;
    }

    public static void MapAdminOrleansDashboard(this WebApplication app) =>
        app.MapOrleansDashboard(Path).RequireAuthorization(policy => policy.RequireRole(Roles.Admin)).ExcludeFromDescription();
}
