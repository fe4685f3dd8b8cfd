using System.CommandLine;
using System.Globalization;
using ContactCenter.Churn;
using Spectre.Console;

namespace ContactCenter.Silo.Cli;

/// <summary>`churn train --data FILE.csv --label COLUMN --positive VALUE [--id COLUMN]... --model MODEL.zip`.</summary>
internal static class ChurnTrainCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var data = ChurnCli.RequiredPath("--data", "The labeled CSV file (comma-separated, with a header).");
        var label = new Option<string>("--label") { Description = "The label column.", Required = true };
        var positive = new Option<string>("--positive") { Description = "The label value that means the customer left (e.g. Yes).", Required = true };
        var ids = new Option<string[]>("--id") { Description = "An id column: carried to predictions, never a feature (repeatable).", DefaultValueFactory = _ => [] };
        var model = ChurnCli.RequiredPath("--model", "Where to write the model file (zip).");
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds to choose the learner (0 or 1: no choice).", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the splits and learners.", DefaultValueFactory = _ => 42 };
        var holdOut = new Option<double>("--holdout") { Description = "Share of rows held out for the final evaluation.", DefaultValueFactory = _ => 0.2 };
        var learners = new Option<string[]>("--learner")
        {
            Description = $"Restrict the candidates to a family ({ChurnLearners.Logistic}, {ChurnLearners.FastTree}, {ChurnLearners.LightGbm}) or a full name (repeatable).",
            DefaultValueFactory = _ => [],
        };
        var command = new Command("train", "Train a churn model: picks the learner by cross-validation and reports held-out metrics.")
        {
            data, label, positive, ids, model, folds, seed, holdOut, learners,
        };
        command.SetAction((parse, ct) => Task.Run(() => ChurnCli.Guard(error, () =>
        {
            var table = ChurnCsv.Read(ChurnCli.ExistingFile("--data", parse.GetValue(data)!));
            var spec = new ChurnTrainingSpec(parse.GetValue(label)!, parse.GetValue(positive)!, parse.GetValue(ids)!,
                parse.GetValue(seed), parse.GetValue(folds), parse.GetValue(learners) is { Length: > 0 } l ? l : null, parse.GetValue(holdOut),
                FinalFitOnAllRows: true);
            var trained = new ChurnTrainer(TimeProvider.System).Train(table, spec, new ProgressLines(console), ct);
            var path = parse.GetValue(model)!;
            Write(path, trained);
            ChurnTrainReport.Print(console, trained.Info, path);
            return 0;
        }), ct));
        return command;
    }

    private static void Write(string path, ChurnModel model)
    {
        try
        {
            model.Save(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ChurnDataException("--model", $"--model: cannot write {path} ({ex.Message})");
        }
    }

    /// <summary>One line per stage, written as it happens (Progress&lt;T&gt; would post them out of order).</summary>
    private sealed class ProgressLines(IAnsiConsole console) : IProgress<ChurnTrainingProgress>
    {
        public void Report(ChurnTrainingProgress value) =>
            console.MarkupLine($"[grey]{(value.Fraction * 100).ToString("F0", CultureInfo.InvariantCulture),3}%[/] {Markup.Escape(value.Stage)}");
    }
}
