using System.CommandLine;
using ContactCenter.Hosting;
using ContactCenter.Load.Failover;

namespace ContactCenter.Load.Cli;

/// <summary>`failover --redis 127.0.0.1:6380 --kill-pid-file deploy/local/run/silo-2.pid [--kill-after 60] [--duration 180] ...`.</summary>
internal static class FailoverCommand
{
    /// <summary>run: what to do with the parsed settings (the real measurement unless a test gives another).</summary>
    public static Command Create(Func<FailoverSettings, CancellationToken, Task<int>>? run = null)
    {
        run ??= FailoverRunner.RunAsync;
        var redis = ClusterOptions.Redis();
        var cluster = ClusterOptions.Create(ClusterSettings.DefaultClusterId);
        var pidFile = new Option<FileInfo?>("--kill-pid-file") { Description = "Pid file of the silo to SIGKILL (must be a live ContactCenter.Silo process). Without it the run is a baseline with no kill." };
        var queueHost = new Option<bool>("--kill-queue-host") { Description = "Kill whichever silo hosts the run's queue at the kill time, chosen among the live silos whose pid files are beside --kill-pid-file (the hardest case); --kill-pid-file when none matches." };
        var killAfter = Number("--kill-after", "Seconds after the arrivals begin at which the silo is killed.", FailoverSettings.Defaults.KillAfterSeconds);
        var duration = Number("--duration", "Seconds of arrivals; then the run drains and audits.", FailoverSettings.Defaults.DurationSeconds);
        var rate = Number("--rate", "Arrivals per second (Poisson).", FailoverSettings.Defaults.RatePerSecond);
        var agents = new Option<int>("--agents") { Description = "Simulated agents answering at once.", DefaultValueFactory = _ => FailoverSettings.Defaults.Agents };
        var handle = Number("--handle-seconds", "Mean handle time (log-normal, about ±15%).", FailoverSettings.Defaults.HandleSeconds);
        var drain = Number("--drain", "After the arrivals, seconds to wait at most for every call to finish before the audit.", FailoverSettings.Defaults.DrainSeconds);
        var attempts = new Option<int>("--create-attempts") { Description = "Attempts per interaction creation before it counts as failed.", DefaultValueFactory = _ => FailoverSettings.Defaults.CreateAttempts };
        var seed = new Option<int>("--seed") { Description = "Seed of the arrivals and handle times.", DefaultValueFactory = _ => FailoverSettings.Defaults.Seed };
        var dashboards = new Option<string[]>("--dashboards")
        {
            Description = "Create through these dashboards' API (round-robin, comma-separated or repeated), so admission control applies; 503 + Retry-After is waited out and counted apart. Default: straight to the grains.",
            AllowMultipleArgumentsPerToken = true,
        };
        var user = new Option<string>("--user") { Description = "With --dashboards: a user who may create interactions.", DefaultValueFactory = _ => "supervisor" };
        var password = new Option<string>("--password") { Description = "Its password.", DefaultValueFactory = _ => "demo" };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result; Markdown and a chart go beside it.", DefaultValueFactory = _ => new FileInfo("failover.json") };
        var command = new Command("failover", "Measure a silo's death under steady traffic: kill it mid-run, then audit every interaction the run created.")
        {
            redis, cluster.ClusterId, cluster.ServiceId, pidFile, queueHost, killAfter, duration, rate, agents, handle, drain, attempts, seed,
            dashboards, user, password, output,
        };
        command.SetAction((parse, ct) => run(Settings(parse.GetValue(redis)!, parse.GetValue(cluster.ClusterId)!, parse.GetValue(cluster.ServiceId)!,
            parse.GetValue(pidFile), parse.GetValue(killAfter), parse.GetValue(duration), parse.GetValue(rate), parse.GetValue(agents),
            parse.GetValue(handle), parse.GetValue(drain), parse.GetValue(attempts), parse.GetValue(seed), parse.GetValue(output)!)
            with
            {
                KillQueueHost = parse.GetValue(queueHost), User = parse.GetValue(user)!, Password = parse.GetValue(password)!,
                Dashboards = Urls(parse.GetValue(dashboards) ?? []),
            }, ct));
        return command;
    }

    private static FailoverSettings Settings(string redis, string clusterId, string serviceId, FileInfo? pidFile, double killAfter, double duration,
        double rate, int agents, double handle, double drain, int attempts, int seed, FileInfo output) =>
        new(redis, clusterId, serviceId, pidFile, killAfter, duration, rate, agents, handle, drain, attempts, seed, output);

    /// <summary>A URL that does not parse stays as a relative one, so validation names it.</summary>
    private static Uri[] Urls(string[] values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => Uri.TryCreate(v, UriKind.Absolute, out var url) ? url : new Uri(v, UriKind.Relative)).ToArray();

    private static Option<double> Number(string name, string description, double fallback) =>
        new(name) { Description = description, DefaultValueFactory = _ => fallback };
}
