using System.CommandLine;
using ContactCenter.Load.Engine;

namespace ContactCenter.Load.Cli;

/// <summary>Options shared by `run` and `replay`: where the traffic goes and how fast simulated time runs.</summary>
internal sealed record ClusterOptions(Option<string?> Gateways, Option<string> ClusterId, Option<string> ServiceId)
{
    public static ClusterOptions Create() => new(
        new Option<string?>("--cluster") { Description = "Run against a running cluster through its gateway on this machine, e.g. 127.0.0.1:30000 (default: an embedded in-process cluster)." },
        new Option<string>("--cluster-id") { Description = "The running cluster's ClusterId.", DefaultValueFactory = _ => "dev" },
        new Option<string>("--service-id") { Description = "The running cluster's ServiceId.", DefaultValueFactory = _ => "dev" });

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
