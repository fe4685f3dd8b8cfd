using System.CommandLine;
using ContactCenter.Load.Replay;

namespace ContactCenter.Load.Cli;

/// <summary>`replay --trace FILE.tsv --speedup K|max --policy fifo|value|both --out RESULT.json`.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var trace = new Option<FileInfo>("--trace") { Description = "A call log in the Anonymous Bank format (tab-separated).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write RESULT.json; Markdown and charts go beside it.", DefaultValueFactory = _ => new FileInfo("replay.json") };
        var policy = new Option<string>("--policy") { Description = "fifo (first come, first served), value (our value-based scoring) or both, compared.", DefaultValueFactory = _ => "both" };
        policy.AcceptOnlyFromAmong("fifo", "value", "both");
        var speedup = ClusterOptions.Speedup();
        speedup.DefaultValueFactory = _ => "max";
        var cluster = ClusterOptions.Create();
        var maxWall = new Option<double>("--max-wall-seconds") { Description = "Stop each policy's replay after this much wall-clock time.", DefaultValueFactory = _ => 3600 };
        var maxCalls = new Option<int>("--max-calls") { Description = "Replay only the first N calls.", DefaultValueFactory = _ => 1_000_000 };
        maxCalls.Validators.Add(r => { if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, out var n) && n < 1) r.AddError("--max-calls must be at least 1."); });
        var staffing = new Option<double>("--staffing-factor") { Description = "Scale the agents on duty each hour (1 = the distinct agents the trace saw serving in that hour).", DefaultValueFactory = _ => 1 };
        staffing.Validators.Add(r => { if (r.Tokens.Count > 0 && double.TryParse(r.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var f) && f is <= 0 or > 10) r.AddError("--staffing-factor must be in (0, 10]."); });
        var command = new Command("replay", "Replay a real call log under FIFO and/or value scoring, side by side with what happened.")
        {
            trace, output, policy, speedup, cluster.Gateways, cluster.ClusterId, cluster.ServiceId, maxWall, maxCalls, staffing,
        };
        command.SetAction((parse, ct) =>
        {
            var chosen = parse.GetValue(policy)!;
            return ReplayRunner.RunAsync(new ReplayOptions(parse.GetValue(trace)!, parse.GetValue(output)!, parse.GetValue(speedup)!,
                chosen == "both" ? ["fifo", "value"] : [chosen], parse.GetValue(cluster.Gateways), parse.GetValue(cluster.ClusterId)!,
                parse.GetValue(cluster.ServiceId)!, parse.GetValue(maxWall), parse.GetValue(maxCalls), parse.GetValue(staffing)), ct);
        });
        return command;
    }
}
