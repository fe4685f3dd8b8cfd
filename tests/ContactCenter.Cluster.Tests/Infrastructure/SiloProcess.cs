using System.Diagnostics;
using ContactCenter.TestSupport;

namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>
/// A real silo process (silo/ from this build), in cluster mode on the given Redis, on free loopback ports.
/// Kill() is SIGKILL: no graceful shutdown, no deregistration, every activation lost with it.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;

    public int SiloPort { get; }
    public string LogFile { get; }
    public bool Running => !_process.HasExited;

    private SiloProcess(Process process, int siloPort, string logFile) => (_process, SiloPort, LogFile) = (process, siloPort, logFile);

    public static SiloProcess Start(string redis, string clusterId, string logDirectory)
    {
        var (siloPort, gatewayPort, httpPort) = (LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free());
        var log = Path.Combine(logDirectory, $"silo-{siloPort}.log");
        var info = new ProcessStartInfo("dotnet", [SiloDll(), "--urls", $"http://127.0.0.1:{httpPort}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Redis__ConnectionString"] = redis,
                ["Orleans__ClusterId"] = clusterId,
                ["Orleans__ServiceId"] = clusterId,
                ["Orleans__SiloPort"] = siloPort.ToString(),
                ["Orleans__GatewayPort"] = gatewayPort.ToString(),
                ["Simulation__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__ContactCenter"] = "Information",
            },
        };
        var process = Process.Start(info)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process, siloPort, log);
    }

    /// <summary>kill -9.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Tail(int lines = 30) =>
        File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(lines)) : "(no log)";

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>The silo built in the same configuration as these tests (Debug or Release).</summary>
    private static string SiloDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot(), "silo", "bin", configuration, "net10.0", "ContactCenter.Silo.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the silo first: {dll} is missing.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Orleans.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Orleans.sln not found above the test output.");
    }
}
