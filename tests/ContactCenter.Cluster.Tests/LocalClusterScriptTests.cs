using System.Diagnostics;
using ContactCenter.Cluster.Tests.Infrastructure;
using ContactCenter.TestSupport;

namespace ContactCenter.Cluster.Tests;

/// <summary>
/// deploy/local/start.sh and stop.sh as a person runs them, several times in a row: Redis, one silo and one
/// dashboard on free loopback ports, from this build (no publish), in a run folder of the test's own.
/// start.sh once checked a child before it had exec'd and stopped everything with "redis exited before it was ready".
/// </summary>
[Collection(RealClusterCollection.Name)]
public sealed class LocalClusterScriptTests : IDisposable
{
    private const int Rounds = 3;
    private static readonly TimeSpan ScriptLimit = TimeSpan.FromMinutes(4);

    private readonly string _work = Directory.CreateTempSubdirectory("cc-local-").FullName;
    private readonly string _scripts = Path.Combine(ProductProcess.RepositoryRoot(), "deploy", "local");
    private readonly Dictionary<string, string> _env;

    public LocalClusterScriptTests()
    {
        var app = Directory.CreateDirectory(Path.Combine(_work, "app")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(app, "silo"), ProductProcess.BuildDirectory("silo"));
        Directory.CreateSymbolicLink(Path.Combine(app, "dashboard"), ProductProcess.BuildDirectory("dashboard"));
        _env = new()
        {
            ["RUN_DIR"] = Path.Combine(_work, "run"), ["APP_DIR"] = app, ["NO_BUILD"] = "1", ["DEMO"] = "0", ["FRESH"] = "1",
            ["REDIS_PORT"] = Port(), ["SILO_HTTP_PORTS"] = Port(), ["SILO_PORTS"] = Port(), ["GATEWAY_PORTS"] = Port(),
            ["DASHBOARD_PORTS"] = Port(), ["CLUSTER_ID"] = $"local-{Guid.NewGuid():N}"[..14], ["READY_TIMEOUT"] = "150", ["STOP_TIMEOUT"] = "20",
        };
    }

    private static string Port() => LoopbackPorts.Free().ToString();

    [Fact]
    public async Task The_local_cluster_starts_and_stops_cleanly_several_times_in_a_row()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var (startCode, started) = await Run("start.sh");
            Assert.True(startCode == 0, $"round {round}: start.sh exited {startCode}:\n{started}");
            Assert.DoesNotContain("exited before it was ready", started);
            var pids = File.ReadAllLines(Path.Combine(_env["RUN_DIR"], "processes.tsv")).Select(l => int.Parse(l.Split('\t')[1])).ToList();
            Assert.Equal(3, pids.Count); // redis, silo-1, dashboard-1
            Assert.Equal(0, (await Run("status.sh")).Code);

            var (stopCode, stopped) = await Run("stop.sh");
            Assert.True(stopCode == 0, $"round {round}: stop.sh exited {stopCode}:\n{stopped}");
            Assert.All(pids, pid => Assert.False(Directory.Exists($"/proc/{pid}") && !IsZombie(pid), $"round {round}: pid {pid} still runs"));
            Assert.Empty(Directory.GetFiles(_env["RUN_DIR"], "*.pid"));
        }
    }

    /// <summary>
    /// The window itself, held open: a child that has forked but not exec'd (it waits on a FIFO) is not yet
    /// the recorded command; wait_exec waits for the exec instead of calling it dead, and returns at once for
    /// a child that exits without exec'ing.
    /// </summary>
    [Fact]
    public async Task A_child_that_has_not_yet_execd_is_waited_for_not_taken_for_dead()
    {
        const string script = """
            set -euo pipefail
            source "$SCRIPTS/lib.sh"
            mkdir -p "$RUN_DIR"
            mkfifo "$RUN_DIR/go"
            ( read -r _ <"$RUN_DIR/go"; exec sleep 300 ) &
            echo "$!" >"$(pid_file child)"; echo "sleep 300" >"$(marker_file child)"
            if live_pid child >/dev/null; then echo "before exec: alive"; else echo "before exec: not the command yet"; fi
            echo go >"$RUN_DIR/go" &
            wait_exec child
            if live_pid child >/dev/null; then echo "after wait_exec: alive"; fi
            kill "$(cat "$(pid_file child)")"
            ( exit 3 ) &
            echo "$!" >"$(pid_file gone)"; echo "never" >"$(marker_file gone)"
            start=$SECONDS; wait_exec gone
            if ! live_pid gone >/dev/null && [ $((SECONDS - start)) -lt 5 ]; then echo "exited child: reported at once"; fi
            """;
        // From a file: a "bash -c" child's cmdline would hold the script text, marker included.
        var file = Path.Combine(_work, "wait-exec.sh");
        await File.WriteAllTextAsync(file, script);
        var (code, output) = await Run("bash", [file], new() { ["SCRIPTS"] = _scripts });
        Assert.True(code == 0, output);
        Assert.Equal(["before exec: not the command yet", "after wait_exec: alive", "exited child: reported at once"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private Task<(int Code, string Output)> Run(string script) => Run("bash", [Path.Combine(_scripts, script)], []);

    private async Task<(int Code, string Output)> Run(string program, string[] args, Dictionary<string, string> extra)
    {
        var info = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in extra) info.Environment[key] = value;
        foreach (var (key, value) in _env) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(ScriptLimit);
        try { await process.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        // A child left behind could hold the pipes open: read what there is, without waiting for it.
        var drained = Task.WhenAll(output, errors);
        await Task.WhenAny(drained, Task.Delay(TimeSpan.FromSeconds(10)));
        return (process.ExitCode, drained.IsCompletedSuccessfully ? output.Result + errors.Result : "(output still open: a child kept it)");
    }

    private static bool IsZombie(int pid) =>
        File.Exists($"/proc/{pid}/stat") && File.ReadAllText($"/proc/{pid}/stat").Split(' ') is [_, _, "Z", ..];

    public void Dispose()
    {
        // Whatever a failed round left running is stopped by the script that knows its pids.
        if (Directory.Exists(Path.Combine(_env["RUN_DIR"])) && Directory.GetFiles(_env["RUN_DIR"], "*.pid").Length > 0)
            Run("stop.sh").GetAwaiter().GetResult();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }
}
