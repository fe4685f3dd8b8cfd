using System.CommandLine;
using ContactCenter.Load.Bench;

namespace ContactCenter.Load.Cli;

/// <summary>`bench [--find-max] [--rate N] [--agents N] ... --out FILE.json`: open-loop routing throughput and latency against an in-process silo.</summary>
internal static class BenchCommand
{
    /// <summary>run: what to do with the parsed options (the real benchmark unless a test gives another).</summary>
    public static Command Create(Func<BenchOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= BenchRunner.RunAsync;
        var seconds = CliOptions.Positive("--seconds", "Seconds of arrivals per step and per run (wall clock).", 3, max: 600);
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("bench.json") };
        var rate = CliOptions.Positive("--rate", "Arrivals per second, open loop (with --find-max: the starting rate).", (int)BenchOptions.DefaultRate, max: 1_000_000);
        var findMax = new Option<bool>("--find-max") { Description = "Raise the rate ×1.5 per step until completions fall behind or p99 runs away, then measure latency at half of the max." };
        var agents = CliOptions.Positive("--agents", "Simulated agents; 0 means 1.25 × the interactions in flight at the highest rate tried.", 0, max: 100_000, allowZero: true);
        var queues = CliOptions.Positive("--queues", "Queues, each with its own skill.", 5, max: 100);
        var perAgent = CliOptions.Positive("--queues-per-agent", "Queues each agent serves (round-robin skills); 0 means every queue.", 0, max: 100, allowZero: true);
        var waiting = CliOptions.Positive("--waiting", "Interactions left waiting in the queues that no agent can take.", 0, max: 1_000_000, allowZero: true);
        var handleMs = CliOptions.Positive("--handle-ms", "Handle time of each interaction, in milliseconds (0: accept then complete at once).", 0, max: 60_000, allowZero: true);
        var runs = CliOptions.Positive("--runs", "Runs at the latency rate; each figure is their median.", 3, max: 20);
        var outstanding = CliOptions.Positive("--max-outstanding", "Create calls unanswered at once at most; a send held back is late.", 10_000, max: 1_000_000);
        var command = new Command("bench", "Measure routing: open-loop arrivals, offer latency from the scheduled arrival, ping ceilings; prints a table and writes JSON.")
        {
            seconds, output, rate, findMax, agents, queues, perAgent, waiting, handleMs, runs, outstanding,
        };
        command.SetAction((parse, ct) => run(new BenchOptions(
            parse.GetValue(seconds), parse.GetValue(output)!, parse.GetValue(agents), parse.GetValue(queues), parse.GetValue(perAgent),
            parse.GetValue(handleMs), parse.GetValue(rate), parse.GetValue(findMax), parse.GetValue(waiting), parse.GetValue(runs),
            parse.GetValue(outstanding)), ct));
        return command;
    }
}
