using System.Net;
using ContactCenter.TestSupport;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Dashboard.Tests;

/// <summary>
/// A dashboard in client mode joins a silo running in another host: no silo of its own, no demo users,
/// users from configuration with hashed passwords.
/// </summary>
public sealed class ClientModeTests : IAsyncLifetime
{
    private readonly int _gateway = LoopbackPorts.Free();
    private IHost _silo = null!;
    private ClientDashboard _dashboard = null!;

    public async Task InitializeAsync()
    {
        _silo = Host.CreateDefaultBuilder()
            .UseOrleans(s => s.UseLocalhostClustering(LoopbackPorts.Free(), _gateway).AddContactCenterGrains().AddContactCenterMemoryStorage())
            .Build();
        await _silo.StartAsync();
        _dashboard = new ClientDashboard(_gateway, new UserDirectory().Hash("client-pass"));
    }

    public async Task DisposeAsync()
    {
        await _dashboard.DisposeAsync();
        await _silo.StopAsync();
        _silo.Dispose();
    }

    [Fact]
    public async Task A_configured_supervisor_signs_in_and_drives_the_silo_through_the_api()
    {
        var browser = _dashboard.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/wallboard", (await SignIn(browser, "ops", "client-pass")).Headers.Location!.OriginalString);
        var put = await browser.PutAsync("/api/queues/client-q", new StringContent(
            """{"name":"Client","requiredSkills":[{"skill":"x","minProficiency":1}],"serviceLevel":{"percent":80,"thresholdSeconds":20},"maxWaitSeconds":60}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Contains("client-q", await browser.GetStringAsync("/api/queues"));
    }

    [Fact]
    public async Task A_client_dashboard_seeds_no_demo_users()
    {
        var browser = _dashboard.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.StartsWith("/login?error=1", (await SignIn(browser, "supervisor", "demo")).Headers.Location!.OriginalString);
    }

    private static Task<HttpResponseMessage> SignIn(HttpClient browser, string user, string password) =>
        LoginForm.SignInAsync(browser, user, password);



    private sealed class ClientDashboard(int gateway, string hash) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Orleans:Mode", "Client");
            builder.UseSetting("Orleans:GatewayPort", gateway.ToString());
            builder.UseSetting("Users:0:Name", "ops");
            builder.UseSetting("Users:0:PasswordHash", hash);
            builder.UseSetting("Users:0:Roles:0", Roles.Supervisor);
        }
    }
}
