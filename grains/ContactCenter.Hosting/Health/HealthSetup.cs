using ContactCenter.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Hosting.Health;

/// <summary>
/// Liveness and readiness for silos and dashboards alike. Liveness runs no check: the process answers
/// HTTP. Readiness runs the checks tagged <see cref="ReadyTag"/>: Redis in cluster mode, Orleans always.
/// </summary>
public static class HealthSetup
{
    public const string ReadyTag = "ready";
    public const string RedisCheck = "redis";
    public const string OrleansCheck = "orleans";

    public static IServiceCollection AddContactCenterHealth(this IServiceCollection services, ClusterSettings settings)
    {
        services.TryAddSingleton(settings);
        var checks = services.AddHealthChecks();
        if (settings.IsCluster)
        {
            services.TryAddSingleton<RedisConnection>();
            checks.AddCheck<RedisHealthCheck>(RedisCheck, tags: [ReadyTag]);
        }
        checks.AddCheck<OrleansHealthCheck>(OrleansCheck, tags: [ReadyTag]);
        return services;
    }

    /// <summary>Readiness checks only, e.g. for a monitor that polls what /readyz reports.</summary>
    public static bool IsReadiness(HealthCheckRegistration registration) => registration.Tags.Contains(ReadyTag);

    public static IEndpointRouteBuilder MapContactCenterHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(HealthEndpoints.Liveness, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthBody.Write })
            .AllowAnonymous();
        endpoints.MapHealthChecks(HealthEndpoints.Readiness, new HealthCheckOptions
        {
            Predicate = IsReadiness,
            ResponseWriter = HealthBody.Write,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        return endpoints;
    }
}
