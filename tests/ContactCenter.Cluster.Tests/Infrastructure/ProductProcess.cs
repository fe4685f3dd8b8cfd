using System.Diagnostics;

namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>
/// A real process of the product (silo/ or dashboard/ from this build), its output in a log file.
/// KillAsync() is SIGKILL: no graceful shutdown, no deregistration, every activation lost with it.
/// </summary>
public sealed class ProductProcess : IAsyncDisposable
{
    private readonly Process _process;

    public string LogFile { get; }
    public bool Running => !_process.HasExited;
    public int Id => _process.Id;

    private ProductProcess(Process process, string logFile) => (_process, LogFile) = (process, logFile);

    public static ProductProcess Start(string project, string assembly, IReadOnlyList<string> args, IDictionary<string, string> environment, string log)
    {
        var info = new ProcessStartInfo("dotnet", [Dll(project, assembly), .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ProductProcess(process, log);
    }

    /// <summary>Runs the program to completion (for one-shot commands such as hash-password) and returns its output.</summary>
    public static async Task<string> RunAsync(string project, string assembly, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Dll(project, assembly), .. args]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim();
    }

    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Log() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";

    public string Tail(int lines = 30) => string.Join('\n', Log().Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>The program built in the same configuration as these tests (Debug or Release).</summary>
    private static string Dll(string project, string assembly)
    {
        var dll = Path.Combine(BuildDirectory(project), assembly);
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the solution first: {dll} is missing.");
    }

    /// <summary>The build output folder of a product project (silo or dashboard) in the tests' configuration.</summary>
    public static string BuildDirectory(string project)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        return Path.Combine(RepositoryRoot(), project, "bin", configuration, "net10.0");
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Orleans.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Orleans.sln not found above the test output.");
    }
}
