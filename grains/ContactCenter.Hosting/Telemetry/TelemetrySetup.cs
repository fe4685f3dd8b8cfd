using ContactCenter.Hosting;
using ContactCenter.Grains.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ContactCenter.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry metrics in the Prometheus text format at /metrics: ASP.NET Core, the .NET runtime,
/// Orleans and the center's own meter. Nothing is pushed anywhere; Prometheus scrapes. Who may read it
/// is <see cref="MetricsAccess"/>.
/// </summary>
public static class TelemetrySetup
{
    public const string OrleansMeter = "Microsoft.Orleans";

    public static IServiceCollection AddContactCenterTelemetry(this IServiceCollection services, string serviceName)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(OrleansMeter, CenterMetrics.MeterName)
                .AddPrometheusExporter());
        return services;
    }

    /// <summary>Call first in the pipeline: the metrics port serves /metrics and nothing else.</summary>
    public static IApplicationBuilder UseMetricsPort(this IApplicationBuilder app, MetricsAccess access) =>
        access.Port is null ? app : app.Use((http, next) =>
        {
            if (!access.RefusesOnMetricsPort(http, HealthEndpoints.Metrics)) return next(http);
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

    public static IEndpointConventionBuilder MapContactCenterMetrics(this IEndpointRouteBuilder endpoints, MetricsAccess access)
    {
        var endpoint = endpoints.MapPrometheusScrapingEndpoint(HealthEndpoints.Metrics, meterProvider: null, optionsName: null,
            configureBranchedPipeline: branch => branch.Use((http, next) =>
            {
                if (access.Admits(http)) return next(http);
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        return access.Role is { } role ? endpoint.RequireAuthorization(policy => policy.RequireRole(role)) : endpoint.AllowAnonymous();
    }
}
