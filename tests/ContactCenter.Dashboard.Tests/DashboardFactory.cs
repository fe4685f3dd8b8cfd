using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Dashboard.Tests;

/// <summary>The real dashboard with its embedded silo on free loopback ports and no simulated traffic.</summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Simulation:Enabled", "false");
        builder.UseSetting("Demo:Password", "test-pass");
        builder.UseSetting("Orleans:SiloPort", LoopbackPorts.Free().ToString());
        builder.UseSetting("Orleans:GatewayPort", LoopbackPorts.Free().ToString());
    }

}
