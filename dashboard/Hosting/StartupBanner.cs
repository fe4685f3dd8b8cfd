using ContactCenter.Hosting;
using ContactCenter.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>Tells a new user, once the host is up, where everything is and what the demo is doing.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app, string mode)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault()?.TrimEnd('/') ?? "(no HTTP address)";
        app.Logger.LogInformation(
            """
            Contact center is up ({Mode}).
              Sign in:  {LoginUrl}  (supervisor wallboard: {WallboardUrl})
              API:      {ApiUrl}
              OpenAPI:  {OpenApiUrl}
              Health:   {HealthUrl}  (readiness {ReadyUrl}, Prometheus {MetricsUrl})
              Orleans:  {OrleansUrl}  (admins only)
              Demo:     {Demo}
            """,
            mode, $"{url}/login", $"{url}/wallboard", $"{url}/api", $"{url}/openapi/v1.json", $"{url}{HealthEndpoints.Liveness}",
            $"{url}{HealthEndpoints.Readiness}", $"{url}{HealthEndpoints.Metrics}", $"{url}{OrleansDashboardSetup.Path}/", Demo(app));
    }

    private static string Demo(WebApplication app)
    {
        // The seeder is registered only where the simulation can run (embedded mode).
        if (app.Services.GetService<DemoCenterSeeder>() is null || app.Services.GetService<IOptions<SimulationOptions>>()?.Value is not { } sim)
            return "this dashboard is a cluster client; the silo hosts run any simulation";
        return sim.Enabled
            ? $"seeding the demo center ({sim.Customers:N0} customers) and simulating {sim.ArrivalsPerMinute:0.#} arrivals/min; --Simulation:Enabled=false starts an empty center"
            : "simulation off (Simulation:Enabled=false); the center is empty and driven only by the API";
    }
}
