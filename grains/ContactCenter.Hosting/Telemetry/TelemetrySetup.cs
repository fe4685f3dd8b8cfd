using ContactCenter.Grains.Hosting;
using ContactCenter.Grains.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ContactCenter.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry metrics in the Prometheus text format at /metrics: ASP.NET Core, the .NET runtime,
/// Orleans and the center's own meter. Nothing is pushed anywhere; Prometheus scrapes.
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

    public static IEndpointConventionBuilder MapContactCenterMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(HealthEndpoints.Metrics).AllowAnonymous();
}
