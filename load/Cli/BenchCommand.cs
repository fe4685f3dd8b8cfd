using System.CommandLine;
using ContactCenter.Load.Bench;

namespace ContactCenter.Load.Cli;

/// <summary>`bench --seconds N --out FILE.json`: routing throughput and latency against an in-process silo.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var seconds = Positive("--seconds", "How long to drive arrivals (wall clock).", 10, max: 3600);
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("bench.json") };
        var agents = Positive("--agents", "Simulated agents that accept at once.", 50, max: 5000);
        var queues = Positive("--queues", "Queues, each with its own skill; every agent has every skill.", 5, max: 100);
        var handleMs = Positive("--handle-ms", "Handle time of each interaction, in milliseconds.", 50, max: 60_000);
        var concurrency = Positive("--concurrency", "Arrivals in flight at once; 0 means 80% of --agents, so an agent is usually free and latency is routing, not queueing.", 0, max: 10_000, allowZero: true);
        var command = new Command("bench", "Measure routing throughput and arrival-to-offer latency; prints a table and writes JSON.")
        {
            seconds, output, agents, queues, handleMs, concurrency,
        };
        command.SetAction((parse, ct) => BenchRunner.RunAsync(new BenchOptions(
            parse.GetValue(seconds), parse.GetValue(output)!, parse.GetValue(agents), parse.GetValue(queues),
            parse.GetValue(handleMs), parse.GetValue(concurrency)), ct));
        return command;
    }

    private static Option<int> Positive(string name, string description, int defaultValue, int max, bool allowZero = false)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens.Count > 0 && !int.TryParse(result.Tokens[^1].Value, out _)) return;
            var value = result.GetValueOrDefault<int>();
            if (value < (allowZero ? 0 : 1) || value > max)
                result.AddError($"{name} must be between {(allowZero ? 0 : 1)} and {max}; got {value}.");
        });
        return option;
    }
}
