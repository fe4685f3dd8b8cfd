using System.Diagnostics;

namespace ContactCenter.Load.Failover;

/// <summary>The silo to kill, as a pid file names it; checked to be a live ContactCenter.Silo process before and at the kill.</summary>
internal sealed record SiloTarget(FileInfo PidFile, int Pid, string CommandLine);

/// <summary>What the kill did: when, and whether the process really went.</summary>
internal sealed record KillOutcome(string PidFile, int? Pid, double? AtSeconds, bool Killed, string? Error);

internal static class SiloKiller
{
    public const string SiloMarker = "ContactCenter.Silo";

    /// <summary>The target, or the reason it is refused: no file, no pid, no such process, or not a silo.</summary>
    public static (SiloTarget? Target, string? Error) Check(FileInfo pidFile)
    {
        if (!File.Exists(pidFile.FullName)) return (null, $"--kill-pid-file: {pidFile.FullName} does not exist.");
        var text = File.ReadAllText(pidFile.FullName).Trim();
        if (!int.TryParse(text, out var pid) || pid <= 1)
            return (null, $"--kill-pid-file: {pidFile.FullName} holds '{Short(text)}', not a process id.");
        var cmdline = CommandLine(pid);
        if (cmdline is null) return (null, $"--kill-pid-file: process {pid} (from {pidFile.Name}) is not running.");
        if (!cmdline.Contains(SiloMarker, StringComparison.Ordinal))
            return (null, $"--kill-pid-file: process {pid} (from {pidFile.Name}) is '{Short(cmdline)}', not a {SiloMarker} process; refusing to kill it.");
        return (new SiloTarget(pidFile, pid, cmdline), null);
    }

    /// <summary>SIGKILL (on Unix, Process.Kill sends it), after checking again that the pid is still the silo.</summary>
    public static KillOutcome Kill(FileInfo pidFile, double atSeconds)
    {
        var (target, error) = Check(pidFile);
        if (target is null) return new KillOutcome(pidFile.FullName, null, atSeconds, false, error);
        try
        {
            using var process = Process.GetProcessById(target.Pid);
            process.Kill();
            return new KillOutcome(pidFile.FullName, target.Pid, atSeconds, true, null);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return new KillOutcome(pidFile.FullName, target.Pid, atSeconds, false, $"kill -9 {target.Pid} failed: {ex.Message}");
        }
    }

    /// <summary>
    /// --kill-queue-host: among the live silos whose pid files sit beside the given one, the one whose
    /// Orleans:SiloPort (read from its environment) is the queue's silo; the given file when none matches.
    /// </summary>
    public static FileInfo QueueHost(FileInfo given, int? queueSiloPort)
    {
        if (queueSiloPort is not { } port || given.Directory is not { Exists: true } folder) return given;
        foreach (var candidate in folder.GetFiles("*.pid").OrderBy(f => f.Name, StringComparer.Ordinal))
            if (Check(candidate).Target is { } target && SiloPortOf(Environment(target.Pid)) == port) return candidate;
        return given;
    }

    /// <summary>Orleans__SiloPort from a NUL-separated /proc/PID/environ, or null.</summary>
    public static int? SiloPortOf(string? environ)
    {
        const string key = "Orleans__SiloPort=";
        var entry = environ?.Split('\0').FirstOrDefault(e => e.StartsWith(key, StringComparison.Ordinal));
        return int.TryParse(entry?[key.Length..], out var port) ? port : null;
    }

    private static string? Environment(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/environ"); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>The process' command line from /proc (arguments joined by spaces), or null when it is gone or a zombie.</summary>
    private static string? CommandLine(int pid)
    {
        try
        {
            var raw = File.ReadAllText($"/proc/{pid}/cmdline");
            return raw.Length == 0 ? null : raw.Replace('\0', ' ').Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
