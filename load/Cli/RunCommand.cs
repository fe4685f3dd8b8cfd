using System.CommandLine;
using ContactCenter.Load.Engine;

namespace ContactCenter.Load.Cli;

/// <summary>`run SCENARIO.json --out RESULT.json [--speedup K|max] [--cluster 127.0.0.1:30000]`.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("scenario") { Description = "The scenario file (JSON); see load/scenarios/." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write RESULT.json; the Markdown summary and PNG charts go beside it.", DefaultValueFactory = _ => new FileInfo("result.json") };
        var cluster = ClusterOptions.Create();
        var speedup = ClusterOptions.Speedup();
        var maxWall = new Option<double?>("--max-wall-seconds") { Description = "Stop after this much wall-clock time (overrides the scenario's limits.maxWallSeconds)." };
        var command = new Command("run", "Run a load scenario: arrivals, agents and patience from a file; writes JSON, Markdown and charts.")
        {
            scenario, output, speedup, cluster.Gateways, cluster.ClusterId, cluster.ServiceId, maxWall,
        };
        command.SetAction((parse, ct) => ScenarioRunner.RunAsync(new RunOptions(
            parse.GetValue(scenario)!, parse.GetValue(output)!, parse.GetValue(speedup)!, parse.GetValue(cluster.Gateways),
            parse.GetValue(cluster.ClusterId)!, parse.GetValue(cluster.ServiceId)!, parse.GetValue(maxWall)), ct));
        return command;
    }
}
