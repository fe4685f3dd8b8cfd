using ContactCenter.Grains.Hosting;
using ContactCenter.Silo.Hosting;
using ContactCenter.Simulation;

// A silo host without the dashboard: the center runs and is simulated, with a health endpoint.
// The web app, the HTTP API and the wallboard are in dashboard/ (which co-hosts a silo in embedded mode).
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5081");
builder.AddContactCenterCluster();
builder.Services.AddContactCenterSimulation(builder.Configuration);

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
    "Silo is up ({Mode}); health at /healthz. For the web app and the API run: dotnet run --project dashboard", EmbeddedClusterExtensions.Description));
app.Run();
