using ContactCenter.Dashboard.Api;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Components;
using ContactCenter.Dashboard.Hosting;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using ContactCenter.Hosting;
using ContactCenter.Hosting.Telemetry;
using ContactCenter.Demo;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

if (args is ["hash-password", var secret])
{
    Console.WriteLine(new UserDirectory().Hash(secret));
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrl();
// Serve package and project static assets (MudBlazor, app.css) from the build output whatever the environment.
builder.WebHost.UseStaticWebAssets();
ClusterMode mode;
ClusterSettings cluster;
MetricsAccess metrics;
try
{
    metrics = MetricsAccess.Read(builder.Configuration, rolesAvailable: true);
    (mode, cluster) = builder.AddContactCenterCluster();
    if (cluster.IsCluster) await RedisPreflight.EnsureReachableAsync(cluster, TimeSpan.FromSeconds(5));
}
catch (ClusterConfigurationException ex)
{
    Console.Error.WriteLine($"The dashboard cannot start: {ex.Message}");
    Environment.ExitCode = 2;
    return;
}
if (mode == ClusterMode.Embedded) builder.Services.AddContactCenterSimulation(builder.Configuration);
builder.AddDashboardOperations(mode, cluster, metrics);
builder.Services.AddSharedDataProtection(cluster);
builder.Services.AddDashboardAuth();
builder.Services.AddContactCenterApi(builder.Configuration);
builder.Services.AddScoped<ContactCenter.Dashboard.Services.AgentConsole>();
builder.Services.AddScoped<ContactCenter.Dashboard.Services.SupervisorActions>();
builder.Services.AddAnalystWorkspace();
builder.Services.AddSingleton<LiveFeed>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
builder.Services.AddSingleton<LiveTrend>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveTrend>());
builder.Services.AddWallboardServices();
builder.Services.AddSignalR().AddJsonProtocol(o =>
    o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
    .AddClusterBackplane(cluster);
builder.Services.TryAddSingleton(cluster);
builder.Services.AddSingleton<ContactCenter.Dashboard.Hubs.LiveHubForwarding>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<ContactCenter.Dashboard.Hubs.LiveHubForwarding>());
builder.Services.AddHostedService<ContactCenter.Dashboard.Hubs.LiveHubBroadcaster>();
builder.Services.AddHostedService<ContactCenter.Dashboard.Hubs.ChatHubBroadcaster>();
builder.Services.AddScoped<ContactCenter.Dashboard.Services.ChatDesk>();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();
var users = app.Services.GetRequiredService<UserDirectory>();
if (mode == ClusterMode.Embedded) DemoUsers.Seed(users, app.Configuration, app.Logger);
app.Logger.LogInformation("{Count} user(s) from configuration", ConfiguredUsers.Load(users, app.Configuration));
app.UseSecurityHeaders();
app.UseMetricsPort(metrics);
app.UseExceptionHandler();
// Pages get a friendly page for 404 (and a short one for other errors); the API keeps its bare status codes.
app.UseStatusCodePages();
app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
app.Use((http, next) =>
{
    // Only page loads are re-executed; the API and form posts keep the plain status code page above.
    if (!IsPage(http) && http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    return next(http);
});
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapOpenApi();
app.MapDashboardOperations();
app.MapAccountEndpoints();
app.MapContactCenterApi();
app.MapHub<ContactCenter.Dashboard.Hubs.LiveHub>(ContactCenter.Dashboard.Hubs.LiveHub.Path);
app.MapHub<ContactCenter.Dashboard.Hubs.ChatHub>(ContactCenter.Dashboard.Hubs.ChatHub.Path);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, ClusterConnection.Describe(mode, cluster)));
app.Run();

static bool IsPage(HttpContext http) => HttpMethods.IsGet(http.Request.Method) && !ApiAuthorization.IsApi(http.Request);

/// <summary>The dashboard host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
