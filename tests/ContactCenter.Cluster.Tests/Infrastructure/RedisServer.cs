using System.Diagnostics;
using System.Net.Sockets;
using ContactCenter.TestSupport;

namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>
/// A real redis-server (Debian's package, installed by deploy/install-prerequisites.sh) on a free loopback
/// port, with append-only persistence in a temporary folder, so it can be stopped and started again with
/// its data. Killed when disposed.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cc-redis-").FullName;
    private Process? _process;

    public int Port { get; } = LoopbackPorts.Free();
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer();
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        if (!File.Exists("/usr/bin/redis-server"))
            throw new InvalidOperationException("redis-server is not installed; run deploy/install-prerequisites.sh (./test.sh does).");
        _process = Process.Start(new ProcessStartInfo("/usr/bin/redis-server",
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _dir, "--appendonly", "yes", "--appendfsync", "always",
             "--save", "", "--protected-mode", "yes"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntil(accepting: true);
    }

    /// <summary>Stops Redis the hard way (SIGKILL): only what reached the append-only file survives.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
        await WaitUntil(accepting: false);
    }

    private async Task WaitUntil(bool accepting)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (Accepting() == accepting) return;
            await Task.Delay(TimeSpan.FromMilliseconds(50)); // polls the port, bounded by the deadline
        }
        throw new TimeoutException($"redis-server on port {Port} did not {(accepting ? "start" : "stop")} within 20 s");
    }

    private bool Accepting()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            return true;
        }
        catch (SocketException) { return false; }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
