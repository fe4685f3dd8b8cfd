using System.CommandLine;
using ContactCenter.Load.IndexBench;

namespace ContactCenter.Load.Cli;

/// <summary>`index-bench [--waiting 10000] [--agents 1000,5000,20000] [--repetitions 20000] --out FILE.json`.</summary>
internal static class IndexBenchCommand
{
    public static Command Create(Func<IndexBenchOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= IndexBenchRunner.RunAsync;
        var waiting = CliOptions.Positive("--waiting", "Interactions waiting in the one queue.", 10_000, max: 1_000_000);
        var agents = new Option<string>("--agents") { Description = "Agent counts to try, comma-separated (about half free).", DefaultValueFactory = _ => "1000,5000,20000" };
        agents.Validators.Add(r => { if (r.Tokens.Count > 0 && Sizes(r.Tokens[^1].Value) is null) r.AddError("--agents: give counts between 1 and 1,000,000, like 1000,5000,20000."); });
        var repetitions = CliOptions.Positive("--repetitions", "Timed runs of each operation.", 20_000, max: 10_000_000);
        var seed = new Option<int>("--seed") { Description = "Seed of the waiting entries and agents.", DefaultValueFactory = _ => 42 };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("index-bench.json") };
        var command = new Command("index-bench", "Time the routing indices (WaitingIndex, FreeAgentIndex) on one queue with many waiting and many agents.")
        {
            waiting, agents, repetitions, seed, output,
        };
        command.SetAction((parse, ct) => run(new IndexBenchOptions(parse.GetValue(waiting), Sizes(parse.GetValue(agents)!)!,
            parse.GetValue(repetitions), parse.GetValue(seed), parse.GetValue(output)!), ct));
        return command;
    }

    private static IReadOnlyList<int>? Sizes(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sizes = parts.Select(p => int.TryParse(p.Replace("_", ""), out var n) && n is >= 1 and <= 1_000_000 ? n : -1).ToList();
        return sizes.Count == 0 || sizes.Contains(-1) ? null : sizes;
    }
}
