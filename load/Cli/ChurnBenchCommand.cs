using System.CommandLine;
using System.Globalization;
using ContactCenter.Load.ChurnBench;

namespace ContactCenter.Load.Cli;

/// <summary>`churn-bench [--train-rows 10000,100000,1000000] [--customers N] [--scores N] [--concurrency N] --out FILE.json`.</summary>
internal static class ChurnBenchCommand
{
    public const int MaxTrainRows = 2_000_000;

    /// <summary>run: what to do with the parsed options (the real benchmark unless a test gives another).</summary>
    public static Command Create(Func<ChurnBenchOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= ChurnBenchRunner.RunAsync;
        var trainRows = new Option<string>("--train-rows")
        {
            Description = $"Synthetic training sizes to time, comma-separated (each 100 to {MaxTrainRows:N0}); 'none' skips training.",
            DefaultValueFactory = _ => "10000,100000,1000000",
        };
        trainRows.Validators.Add(r => { if (r.Tokens.Count > 0 && ParseSizes(r.Tokens[^1].Value).Error is { } error) r.AddError(error); });
        var learner = new Option<string>("--learner") { Description = "The one learner trained (no cross-validation): a name from ContactCenter.Churn's ChurnLearners.", DefaultValueFactory = _ => ChurnBenchOptions.DefaultLearner };
        var customers = CliOptions.Positive("--customers", "Customer grains seeded and rescored in turn.", 2000, max: 100_000);
        var scores = CliOptions.Positive("--scores", "Calls per scoring measurement at most.", 20_000, max: 1_000_000);
        var concurrency = CliOptions.Positive("--concurrency", "Callers at once in the concurrent in-grain measurement.", 32, max: 1000);
        var maxSeconds = CliOptions.Positive("--max-seconds", "Wall-clock seconds per scoring measurement at most.", 20, max: 600);
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic rows and customers.", DefaultValueFactory = _ => 42 };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the JSON result; Markdown goes beside it.", DefaultValueFactory = _ => new FileInfo("churn-bench.json") };
        var command = new Command("churn-bench", "Measure churn scoring (model alone and in the customer grain) and training time on 10k to 1M synthetic rows; writes JSON and Markdown.")
        {
            trainRows, learner, customers, scores, concurrency, maxSeconds, seed, output,
        };
        command.SetAction((parse, ct) => run(new ChurnBenchOptions(ParseSizes(parse.GetValue(trainRows)!).Sizes, parse.GetValue(learner)!,
            parse.GetValue(customers), parse.GetValue(scores), parse.GetValue(concurrency), parse.GetValue(maxSeconds),
            parse.GetValue(seed), parse.GetValue(output)!), ct));
        return command;
    }

    /// <summary>"10000,100000" → the sizes; "none" → none; otherwise the error naming --train-rows.</summary>
    public static (IReadOnlyList<int> Sizes, string? Error) ParseSizes(string text)
    {
        if (string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase)) return ([], null);
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 100 or > MaxTrainRows)
                return ([], $"--train-rows: '{part}' is not a size between 100 and {MaxTrainRows:N0}; give sizes like 10000,100000,1000000 or 'none'.");
            sizes.Add(n);
        }
        return (sizes, null);
    }
}
