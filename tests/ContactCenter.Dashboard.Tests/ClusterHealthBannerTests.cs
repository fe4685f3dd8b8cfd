using Bunit;
using ContactCenter.Dashboard.Components.Layout;
using ContactCenter.Dashboard.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace ContactCenter.Dashboard.Tests;

public sealed class ClusterHealthBannerTests : BunitContext
{
    private const string RedisDown = "Redis at 127.0.0.1:6380 is unreachable — changes cannot be saved";
    private const string NoSilo = "No silo answers — live data and changes are unavailable";
    private readonly FakeHealthChecks _checks = new();
    private readonly ClusterHealthMonitor _monitor;

    public ClusterHealthBannerTests()
    {
        _monitor = new ClusterHealthMonitor(_checks, new FakeTimeProvider(), NullLogger<ClusterHealthMonitor>.Instance);
        Services.AddMudServices();
        Services.AddSingleton(_monitor);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task A_degraded_cluster_shows_an_error_banner_saying_what_is_down()
    {
        _checks.Report = FakeHealthChecks.With(("orleans", HealthStatus.Unhealthy, NoSilo), ("redis", HealthStatus.Unhealthy, RedisDown));
        await _monitor.CheckNowAsync();

        var banner = Render<ClusterHealthBanner>();

        Assert.Contains("mud-alert-filled-error", banner.Find("[data-testid=cluster-health]").ClassName);
        Assert.Equal([NoSilo, RedisDown], banner.FindAll("[data-testid=cluster-problem]").Select(p => p.TextContent));
    }

    [Fact]
    public async Task A_ready_cluster_shows_no_banner()
    {
        await _monitor.CheckNowAsync();
        Assert.Empty(Render<ClusterHealthBanner>().FindAll("[data-testid=cluster-health]"));
    }

    [Fact]
    public async Task The_banner_appears_when_an_outage_is_found_and_goes_when_it_ends()
    {
        var banner = Render<ClusterHealthBanner>();
        Assert.Empty(banner.FindAll("[data-testid=cluster-health]"));

        _checks.Report = FakeHealthChecks.With(("orleans", HealthStatus.Healthy, "A silo answers"), ("redis", HealthStatus.Unhealthy, RedisDown));
        await _monitor.CheckNowAsync();
        banner.WaitForAssertion(() => Assert.Equal(RedisDown, banner.Find("[data-testid=cluster-problem]").TextContent));

        _checks.Report = FakeHealthChecks.Healthy();
        await _monitor.CheckNowAsync();
        banner.WaitForAssertion(() => Assert.Empty(banner.FindAll("[data-testid=cluster-health]")));
    }
}
