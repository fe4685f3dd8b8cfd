using System.Net;
using ContactCenter.Hosting.Telemetry;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>/metrics: loopback only by default, its own port with Metrics:Port, a role with Metrics:Role.</summary>
public sealed class MetricsAccessTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    private static Task<HttpContext> Get(WebApplicationFactory<Program> app, string path, IPAddress? from = null, int localPort = 5080) =>
        app.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = path;
            http.Connection.RemoteIpAddress = from ?? IPAddress.Loopback;
            http.Connection.LocalPort = localPort;
        });

    private WebApplicationFactory<Program> With(string key, string value) =>
        factory.WithWebHostBuilder(builder => builder.UseSetting(key, value));

    [Fact]
    public async Task By_default_metrics_answer_loopback_callers_only()
    {
        Assert.Equal(StatusCodes.Status200OK, (await Get(factory, "/metrics")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await Get(factory, "/metrics", IPAddress.IPv6Loopback)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await Get(factory, "/metrics", Remote)).Response.StatusCode);
    }

    [Fact]
    public async Task With_a_metrics_port_metrics_answer_there_only_and_that_port_serves_nothing_else()
    {
        using var app = With(MetricsAccess.PortKey, "9464");
        Assert.Equal(StatusCodes.Status200OK, (await Get(app, "/metrics", Remote, localPort: 9464)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await Get(app, "/metrics", IPAddress.Loopback, localPort: 5080)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await Get(app, "/login", Remote, localPort: 9464)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await Get(app, "/healthz", Remote, localPort: 9464)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await Get(app, "/healthz", Remote, localPort: 5080)).Response.StatusCode);
    }

    [Fact]
    public async Task With_a_role_metrics_need_a_signed_in_user_in_that_role()
    {
        using var app = With(MetricsAccess.RoleKey, "Admin");
        HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser().GetAsync("/metrics")).StatusCode);
        var supervisor = Browser();
        await LoginForm.SignInAsync(supervisor, "supervisor", "test-pass");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/metrics")).StatusCode);
        var admin = Browser();
        await LoginForm.SignInAsync(admin, "admin", "test-pass");
        var scrape = await admin.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080;http://127.0.0.1:9464")]
    [InlineData("http://+:5080", "http://+:5080;http://+:9464")]
    [InlineData("https://[::1]:5443", "https://[::1]:5443;http://[::1]:9464")]
    [InlineData("http://+:9464", "http://+:9464")]
    public void The_metrics_port_is_added_beside_the_urls_on_the_same_host(string urls, string expected)
    {
        var builder = WebApplication.CreateBuilder(["--urls", urls, "--Metrics:Port", "9464"]);
        MetricsAccess.Read(builder.Configuration, rolesAvailable: true).Listen(builder);
        Assert.Equal(expected, builder.Configuration["urls"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("metrics")]
    public void A_bad_metrics_port_stops_startup_naming_the_setting(string port)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>(MetricsAccess.PortKey, port)]).Build();
        var ex = Assert.Throws<ContactCenter.Hosting.ClusterConfigurationException>(() => MetricsAccess.Read(configuration, rolesAvailable: true));
        Assert.Contains(MetricsAccess.PortKey, ex.Message);
    }

    [Fact]
    public void A_program_without_sign_in_refuses_a_metrics_role()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>(MetricsAccess.RoleKey, "Admin")]).Build();
        Assert.Throws<ContactCenter.Hosting.ClusterConfigurationException>(() => MetricsAccess.Read(configuration, rolesAvailable: false));
    }
}
