extern alias dashboard;
using ContactCenter.Load.PushLatency;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Load.Tests.PushLatency;

/// <summary>The real dashboard with its embedded silo in this process, without simulated traffic.</summary>
public sealed class ProbeDashboard : WebApplicationFactory<dashboard::Program>
{
    public const string Password = "probe-test-pass";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Simulation:Enabled", "false");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Orleans:SiloPort", LoopbackPorts.Free().ToString());
        builder.UseSetting("Orleans:GatewayPort", LoopbackPorts.Free().ToString());
    }
}

public sealed class HubProbeInProcessTests(ProbeDashboard dashboard) : IClassFixture<ProbeDashboard>
{
    [Fact]
    public async Task Every_connection_gets_every_change_it_watches_and_the_probe_cleans_up()
    {
        _ = dashboard.Server;
        var options = new HubProbeOptions(dashboard.Server.BaseAddress, "admin", ProbeDashboard.Password,
            Connections: 6, Events: 3, AgentChangesPerRound: 2, Output: null)
        {
            Handler = dashboard.Server.CreateHandler, Transports = HttpTransportType.LongPolling, Drain = TimeSpan.FromSeconds(30),
        };

        var result = await HubProbeRun.MeasureAsync(options, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal((6, 0), (result.Opened, result.ConnectFailures));
        // Three JoinAll watchers see 3 arrivals each; 6 renames spread over 3 agents, each watched by one connection.
        Assert.Equal((3 + 6, 3 * 3 + 6), (result.Changes, result.Expected));
        Assert.Equal((0, result.Expected), (result.Missing, result.Samples));
        Assert.InRange(result.LatencyMs.P99, 0, 30_000);
        Assert.NotNull(result.MemoryConnected);
        Assert.NotNull(result.ManagedBytesPerConnection);
    }
}
