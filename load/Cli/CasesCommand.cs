using System.CommandLine;
using ContactCenter.Load.Cases;

namespace ContactCenter.Load.Cli;

/// <summary>`cases --cases N --out FILE [--seed S] [--step-seconds 60] [--max-wall-seconds 1800]`.</summary>
internal static class CasesCommand
{
    /// <summary>run: what to do with the parsed options (the real day unless a test gives another).</summary>
    public static Command Create(Func<CasesOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= CasesRunner.RunAsync;
        var cases = CliOptions.Positive("--cases", "Cases opened over the first 12 hours of the simulated day.", 10_000, max: CasesOptions.MaxCases);
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result.", DefaultValueFactory = _ => new FileInfo("cases.json") };
        var seed = new Option<int>("--seed") { Description = "Seed of the cases, their customers and the workers' choices.", DefaultValueFactory = _ => 42 };
        var step = CliOptions.Positive("--step-seconds", "Simulated seconds per clock step (deadlines fire at the end of their step).", 60, max: 300);
        var maxWall = CliOptions.Positive("--max-wall-seconds", "Stop the day after this much wall-clock time and report what was reached.", 1800, max: 7200);
        var command = new Command("cases", "Open N cases on a virtual clock, step through a simulated day firing their SLA reminders, and report escalations, lateness, memory, reminders and breach-warning quality.")
        {
            cases, output, seed, step, maxWall,
        };
        command.SetAction((parse, ct) => run(new CasesOptions(parse.GetValue(cases), parse.GetValue(output)!, parse.GetValue(seed),
            parse.GetValue(step), MaxWallSeconds: parse.GetValue(maxWall)), ct));
        return command;
    }
}
