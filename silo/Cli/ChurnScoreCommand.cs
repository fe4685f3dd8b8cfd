using System.CommandLine;
using System.Globalization;
using ContactCenter.Churn;
using CsvHelper;
using Spectre.Console;

namespace ContactCenter.Silo.Cli;

/// <summary>`churn score --model MODEL.zip --data FILE.csv --out PREDICTIONS.csv`: one line per input row, in order.</summary>
internal static class ChurnScoreCommand
{
    public const string ProbabilityColumn = "probability";

    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var model = ChurnCli.RequiredPath("--model", "A model file written by `churn train`.");
        var data = ChurnCli.RequiredPath("--data", "The CSV to score (the label column may be absent).");
        var output = ChurnCli.RequiredPath("--out", "Where to write the predictions: the model's id columns and `probability`.");
        var command = new Command("score", "Score a CSV with a churn model.") { model, data, output };
        command.SetAction((parse, ct) => Task.Run(() => ChurnCli.Guard(error, () =>
        {
            var churn = ChurnModel.Load(ChurnCli.ExistingFile("--model", parse.GetValue(model)!));
            var table = ChurnCsv.Read(ChurnCli.ExistingFile("--data", parse.GetValue(data)!));
            var ids = churn.Info.IdColumns.Select(id => table.IndexOf(id) is var i and >= 0 ? i
                : throw new ChurnDataException(id, $"id column '{id}' (given at training) is not in {table.Source}.")).ToList();
            ct.ThrowIfCancellationRequested();
            var probabilities = churn.ScoreTable(table);
            var path = parse.GetValue(output)!;
            Write(path, churn.Info.IdColumns, table, ids, probabilities);
            console.WriteLine($"Scored {probabilities.Count} rows of {table.Source} with model {churn.Info.Version}; "
                + $"mean probability {(probabilities.Count == 0 ? 0 : probabilities.Average()).ToString("F4", CultureInfo.InvariantCulture)}; wrote {path}.");
            return 0;
        }), ct));
        return command;
    }

    private static void Write(string path, IReadOnlyList<string> idNames, ChurnTable table, List<int> ids, IReadOnlyList<double> probabilities)
    {
        try
        {
            using var writer = new StreamWriter(path);
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var name in idNames) csv.WriteField(name);
            csv.WriteField(ProbabilityColumn);
            csv.NextRecord();
            for (var r = 0; r < table.Rows.Count; r++)
            {
                foreach (var i in ids) csv.WriteField(table.Rows[r][i]);
                csv.WriteField(probabilities[r].ToString("0.#########", CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ChurnDataException("--out", $"--out: cannot write {path} ({ex.Message})");
        }
    }
}
