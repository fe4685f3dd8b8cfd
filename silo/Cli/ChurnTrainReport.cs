using System.Globalization;
using ContactCenter.Contracts;
using Spectre.Console;

namespace ContactCenter.Silo.Cli;

/// <summary>What `churn train` prints at the end: held-out metrics, the cross-validation table, the top importances.</summary>
internal static class ChurnTrainReport
{
    private const int TopImportances = 10;

    public static void Print(IAnsiConsole console, ChurnModelInfo info, string path)
    {
        console.MarkupLine($"Model [bold]{Markup.Escape(info.Version)}[/] ({Markup.Escape(info.Learner)}) written to [bold]{Markup.Escape(path)}[/]");
        console.WriteLine($"Rows: {info.TrainingRows} training, {info.HeldOutRows} held out, {info.SkippedRows} skipped (blank label); {info.Columns.Count} input columns; {F(info.TrainingSeconds, 1)} s.");
        if (info.FinalFitRows > 0)
            console.WriteLine($"The saved model is {info.Learner} fit again on all {info.FinalFitRows} labeled rows; the metrics below are from the same recipe fit on the {info.TrainingRows} training rows and tested on the {info.HeldOutRows} held out.");

        var metrics = new Table().Title("Held-out metrics").AddColumns("ROC AUC", "PR AUC", "log-loss", "accuracy@0.5", "positive rate");
        var m = info.HeldOut;
        metrics.AddRow(F(m.RocAuc), F(m.PrAuc), F(m.LogLoss), F(m.Accuracy), F(m.PositiveRate));
        console.Write(metrics);

        if (info.Trials.Count > 0)
        {
            var trials = new Table().Title("Cross-validation (training part)").AddColumns("learner", "mean AUC", "std", "folds", "seconds");
            foreach (var t in info.Trials.OrderByDescending(t => t.MeanAuc))
                trials.AddRow(Markup.Escape(t.Learner) + (t.Learner == info.Learner ? " [green]*[/]" : ""), F(t.MeanAuc), F(t.StdAuc), t.Folds.ToString(CultureInfo.InvariantCulture), F(t.Seconds, 1));
            console.Write(trials);
        }

        var importance = new Table().Title($"Top {TopImportances} columns").AddColumns("column", "held-out AUC drop when shuffled");
        foreach (var i in info.Importance.Take(TopImportances)) importance.AddRow(Markup.Escape(i.Feature), F(i.AucDrop));
        console.Write(importance);
    }

    private static string F(double value, int digits = 4) => value.ToString("F" + digits, CultureInfo.InvariantCulture);
}
