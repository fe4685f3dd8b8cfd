using ContactCenter.Silo.Api;
using ContactCenter.Silo.Hosting;
using ContactCenter.Simulation;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrl();
builder.AddContactCenterCluster();
builder.Services.AddContactCenterApi();
builder.Services.AddContactCenterSimulation(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapGet("/healthz", () => Results.Ok(new { status = "alive" })).ExcludeFromDescription();
app.MapContactCenterApi();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();

/// <summary>The web host; public so the API tests can start it with WebApplicationFactory.</summary>
public partial class Program;
