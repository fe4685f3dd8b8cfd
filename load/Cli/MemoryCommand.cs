using System.CommandLine;
using ContactCenter.Load.Memory;

namespace ContactCenter.Load.Cli;

/// <summary>`memory --customers N [--waiting M] --out FILE.json`: bytes per customer grain and per waiting interaction in an embedded silo.</summary>
internal static class MemoryCommand
{
    public static Command Create(Func<MemoryOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= MemoryRunner.RunAsync;
        var customers = CliOptions.Positive("--customers", "Customer grains to activate, each with the demo's history and a churn score.", 100_000, max: 5_000_000);
        var waiting = CliOptions.Positive("--waiting", "Interactions to leave waiting in queues nobody serves (0: none).", 0, max: 1_000_000, allowZero: true);
        var queues = CliOptions.Positive("--waiting-queues", "Queues the waiting interactions are spread over.", 10, max: 1_000);
        var history = CliOptions.Positive("--history-percent", "Percent of customers with past contacts (the demo's shape).", 100, max: 100, allowZero: true);
        var seed = new Option<int>("--seed") { Description = "Seed of the demo customers.", DefaultValueFactory = _ => 42 };
        var batch = CliOptions.Positive("--batch", "Grain calls in flight at once while seeding.", 1_000, max: 20_000);
        var maxMinutes = CliOptions.Positive("--max-minutes", "Wall-clock bound: seeding stops here and what is there is measured.", 30, max: 240);
        var hold = CliOptions.Positive("--hold-seconds", "Keep the silo up this long after measuring, to take a heap snapshot (dotnet-gcdump collect -p PID).", 0, max: 3_600, allowZero: true);
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("memory.json") };
        var command = new Command("memory", "Activate N customer grains (and optionally M waiting interactions) in an embedded silo and report working set and managed heap per grain.")
        {
            customers, waiting, queues, history, seed, batch, maxMinutes, hold, output,
        };
        command.SetAction((parse, ct) => run(new MemoryOptions(parse.GetValue(customers), parse.GetValue(waiting), parse.GetValue(queues),
            parse.GetValue(history), parse.GetValue(seed), parse.GetValue(batch), parse.GetValue(maxMinutes), parse.GetValue(hold), parse.GetValue(output)!), ct));
        return command;
    }
}
