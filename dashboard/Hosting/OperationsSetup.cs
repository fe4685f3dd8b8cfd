using ContactCenter.Hosting;
using ContactCenter.Hosting.Health;
using ContactCenter.Hosting.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>What operators get from a dashboard: /healthz, /readyz, /metrics, the Orleans dashboard and honest 503s.</summary>
internal static class OperationsSetup
{
    public const string ServiceName = "contact-center-dashboard";

    /// <summary>Call before AddContactCenterApi, so the 503 handler runs before the API's refusal mapping.</summary>
    public static WebApplicationBuilder AddDashboardOperations(this WebApplicationBuilder builder, ClusterMode mode, ClusterSettings cluster, MetricsAccess metrics)
    {
        builder.AddOrleansDashboard(mode);
        metrics.Listen(builder);
        builder.Services.AddSingleton(metrics);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddContactCenterHealth(cluster);
        builder.Services.AddContactCenterTelemetry(ServiceName);
        builder.Services.AddSingleton<ClusterHealthMonitor>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterHealthMonitor>());
        builder.Services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();
        return builder;
    }

    public static WebApplication MapDashboardOperations(this WebApplication app)
    {
        app.MapContactCenterHealth();
        app.MapContactCenterMetrics(app.Services.GetRequiredService<MetricsAccess>());
        app.MapAdminOrleansDashboard();
        return app;
    }
}
