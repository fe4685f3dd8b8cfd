using System.CommandLine;
using ContactCenter.Hosting;
using ContactCenter.Load.Engine;

namespace ContactCenter.Load.Cli;

/// <summary>Options shared by `run`, `replay` and `failover`: where the traffic goes and how fast simulated time runs.</summary>
internal sealed record ClusterOptions(Option<string?> Gateways, Option<string> ClusterId, Option<string> ServiceId)
{
    /// <summary>defaultIds: "dev" for a gateway's localhost cluster; a Redis-backed cluster's default is "contact-center".</summary>
    public static ClusterOptions Create(string defaultIds = "dev") => new(
        new Option<string?>("--cluster") { Description = "Run against a running cluster through its gateway on this machine, e.g. 127.0.0.1:30000 (default: an embedded in-process cluster)." },
        new Option<string>("--cluster-id") { Description = "The running cluster's ClusterId.", DefaultValueFactory = _ => defaultIds },
        new Option<string>("--service-id") { Description = "The running cluster's ServiceId.", DefaultValueFactory = _ => defaultIds });

    /// <summary>--redis host:port: join a Redis-backed cluster on this machine, its gateways found in Redis (loopback only).</summary>
    public static Option<string> Redis()
    {
        var option = new Option<string>("--redis") { Description = "The cluster's Redis on this machine, e.g. 127.0.0.1:6380 (loopback only); gateways are found there.", Required = true };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0) return;
            try { LoadCluster.RedisSettings(result.Tokens[^1].Value, ClusterSettings.DefaultClusterId, ClusterSettings.DefaultServiceId); }
            catch (ArgumentException ex) { result.AddError(ex.Message); }
        });
        return option;
    }

    public static Option<string> Speedup()
    {
        var option = new Option<string>("--speedup")
        {
            Description = "Divide every duration by K (K simulated seconds per wall second), or 'max' to jump from event to event as soon as the cluster has settled.",
            DefaultValueFactory = _ => "1",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && RunClock.Validate(result.Tokens[^1].Value) is { } error) result.AddError(error);
        });
        return option;
    }
}
