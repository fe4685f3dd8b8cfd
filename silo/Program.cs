using ContactCenter.Hosting;
using ContactCenter.Hosting.Health;
using ContactCenter.Hosting.Telemetry;
using ContactCenter.Silo.Cli;
using ContactCenter.Silo.Hosting;
using Orleans.Dashboard;
using ContactCenter.Demo;

// `churn train|score ...` is a command-line tool that shares this executable; it never starts the silo.
if (args.Length > 0 && args[0] == "churn")
{
    Environment.ExitCode = await ChurnCli.RunAsync(args[1..], Console.Out, Console.Error);
    return;
}

// A silo host without the web app: the center runs and is simulated, with /healthz, /readyz and /metrics.
// The web app, the HTTP API and the wallboard are in dashboard/ (which co-hosts a silo in embedded mode).
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(HealthEndpoints.SiloDefaultUrl);
ClusterSettings cluster;
MetricsAccess metrics;
try
{
    metrics = MetricsAccess.Read(builder.Configuration, rolesAvailable: false);
    metrics.Listen(builder);
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
// Every silo hosts the Orleans dashboard's grains; the dashboard app serves its pages at /orleans.
builder.UseOrleans(silo => silo.AddDashboard());
builder.Services.AddContactCenterHealth(cluster);
builder.Services.AddContactCenterTelemetry("contact-center-silo");

var app = builder.Build();
app.UseMetricsPort(metrics);
app.MapContactCenterHealth();
app.MapContactCenterMetrics(metrics);
app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
    "Silo is up ({Mode}); liveness {Liveness}, readiness {Readiness}, metrics {Metrics}. For the web app and the API run: dotnet run --project dashboard",
    ClusterHosting.Describe(cluster), HealthEndpoints.Liveness, HealthEndpoints.Readiness, HealthEndpoints.Metrics));
app.Run();
