using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Components;
using ContactCenter.Dashboard.Live;
using ContactCenter.Grains.Hosting;
using ContactCenter.Simulation;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5090");
builder.UseEmbeddedContactCenter();
builder.Services.AddContactCenterSimulation(builder.Configuration);
builder.Services.AddDashboardAuth();
builder.Services.AddSingleton<LiveFeed>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();
DemoUsers.Seed(app.Services.GetRequiredService<UserDirectory>(), app.Configuration, app.Logger);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

/// <summary>The dashboard host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
