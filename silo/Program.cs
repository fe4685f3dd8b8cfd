using ContactCenter.Grains.Hosting;
using ContactCenter.Silo.Hosting;
using ContactCenter.Simulation;

// A silo host without the dashboard: the center runs and is simulated, with a health endpoint.
// The web app, the HTTP API and the wallboard are in dashboard/ (which co-hosts a silo in embedded mode).
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(HealthEndpoints.SiloDefaultUrl);
ClusterSettings cluster;
try
{
    cluster = builder.AddContactCenterCluster();
    if (cluster.IsCluster) await RedisPreflight.EnsureReachableAsync(cluster, TimeSpan.FromSeconds(5));
}
catch (ClusterConfigurationException ex)
{
    Console.Error.WriteLine($"The silo cannot start: {ex.Message}");
    Environment.ExitCode = 2;
    return;
}
builder.Services.AddContactCenterSimulation(builder.Configuration);

var app = builder.Build();
app.MapGet(HealthEndpoints.Liveness, () => Results.Ok(new { status = "alive" }));
app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
    "Silo is up ({Mode}); health at {Health}. For the web app and the API run: dotnet run --project dashboard",
    ClusterHosting.Describe(cluster), HealthEndpoints.Liveness));
app.Run();
