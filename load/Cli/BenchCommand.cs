using System.CommandLine;
using ContactCenter.Load.Bench;

namespace ContactCenter.Load.Cli;

/// <summary>`bench --seconds N --out FILE.json`: routing throughput and latency against an in-process silo.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var seconds = CliOptions.Positive("--seconds", "How long to drive arrivals (wall clock).", 10, max: 3600);
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("bench.json") };
        var agents = CliOptions.Positive("--agents", "Simulated agents that accept at once.", 50, max: 5000);
        var queues = CliOptions.Positive("--queues", "Queues, each with its own skill; every agent has every skill.", 5, max: 100);
        var handleMs = CliOptions.Positive("--handle-ms", "Handle time of each interaction, in milliseconds.", 50, max: 60_000);
        var concurrency = CliOptions.Positive("--concurrency", "Arrivals in flight at once; 0 means 80% of --agents, so an agent is usually free and latency is routing, not queueing.", 0, max: 10_000, allowZero: true);
        var command = new Command("bench", "Measure routing throughput and arrival-to-offer latency; prints a table and writes JSON.")
        {
            seconds, output, agents, queues, handleMs, concurrency,
        };
        command.SetAction((parse, ct) => BenchRunner.RunAsync(new BenchOptions(
            parse.GetValue(seconds), parse.GetValue(output)!, parse.GetValue(agents), parse.GetValue(queues),
            parse.GetValue(handleMs), parse.GetValue(concurrency)), ct));
        return command;
    }
}
