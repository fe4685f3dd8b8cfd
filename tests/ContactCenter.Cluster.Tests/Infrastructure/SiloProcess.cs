using ContactCenter.TestSupport;

namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>A silo process in cluster mode on the given Redis, on free loopback ports, without demo traffic.</summary>
public sealed class SiloProcess(ProductProcess process, int siloPort) : IAsyncDisposable
{
    public int SiloPort { get; } = siloPort;
    public bool Running => process.Running;

    public static SiloProcess Start(string redis, string clusterId, string logDirectory)
    {
        var (siloPort, gatewayPort, httpPort) = (LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free());
        var process = ProductProcess.Start("silo", "ContactCenter.Silo.dll", ["--urls", $"http://127.0.0.1:{httpPort}"], new Dictionary<string, string>
        {
            ["Redis__ConnectionString"] = redis,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__ServiceId"] = clusterId,
            ["Orleans__SiloPort"] = siloPort.ToString(),
            ["Orleans__GatewayPort"] = gatewayPort.ToString(),
            ["Simulation__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__ContactCenter"] = "Information",
        }, Path.Combine(logDirectory, $"silo-{siloPort}.log"));
        return new SiloProcess(process, siloPort);
    }

    /// <summary>kill -9.</summary>
    public Task KillAsync() => process.KillAsync();

    public string Tail(int lines = 30) => process.Tail(lines);

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
