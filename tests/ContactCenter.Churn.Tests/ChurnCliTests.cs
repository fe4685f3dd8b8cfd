using ContactCenter.Silo.Cli;

namespace ContactCenter.Churn.Tests;

/// <summary>The `churn` command line, run in-process through the same entry point as `silo churn ...`.</summary>
public sealed class ChurnCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("churn-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ChurnCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The first rows of the Telco file; for scoring, without the Churn column and in reverse order.</summary>
    private (string Training, string Scoring, List<string> ScoringIds) WriteFiles()
    {
        var lines = File.ReadLines(TestData.TelcoPath).Take(601).ToList();
        File.WriteAllLines(PathOf("train.csv"), lines);
        var unlabeled = lines.Select(l => l[..l.LastIndexOf(',')]).ToList();
        var scoring = unlabeled.Skip(1).Take(120).Reverse().ToList();
        File.WriteAllLines(PathOf("score.csv"), [unlabeled[0], .. scoring]);
        return (PathOf("train.csv"), PathOf("score.csv"), scoring.Select(l => l[..l.IndexOf(',')]).ToList());
    }

    [Fact]
    public async Task Train_then_score_writes_one_prediction_per_row_in_order_with_the_ids()
    {
        var (training, scoring, ids) = WriteFiles();

        var train = await Run("train", "--data", training, "--label", "Churn", "--positive", "Yes", "--id", "customerID",
            "--model", PathOf("model.zip"), "--folds", "2", "--learner", "logistic");
        Assert.True(train.Exit == 0, train.Error);
        Assert.Contains("Held-out metrics", train.Output);
        Assert.Contains("cross-validation: logistic-l2=1 fold 2 of 2", train.Output);
        Assert.Contains("Contract", train.Output);

        var score = await Run("score", "--model", PathOf("model.zip"), "--data", scoring, "--out", PathOf("out.csv"));
        Assert.True(score.Exit == 0, score.Error);
        var written = File.ReadAllLines(PathOf("out.csv"));
        Assert.Equal("customerID,probability", written[0]);
        Assert.Equal(ids, written.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(written.Skip(1), l => Assert.InRange(double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
    }

    [Fact]
    public async Task A_missing_label_column_exits_2_with_one_line_naming_it()
    {
        var (training, _, _) = WriteFiles();

        var result = await Run("train", "--data", training, "--label", "Left", "--positive", "Yes", "--model", PathOf("m.zip"));

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("churn: label column 'Left' is not in train.csv", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.False(File.Exists(PathOf("m.zip")));
    }

    [Fact]
    public async Task A_missing_file_or_option_exits_2_naming_it()
    {
        var missingFile = await Run("score", "--model", PathOf("none.zip"), "--data", PathOf("none.csv"), "--out", PathOf("o.csv"));
        var missingOption = await Run("train", "--data", PathOf("none.csv"), "--positive", "Yes", "--model", PathOf("m.zip"));
        var badModel = await Run("score", "--model", WriteFiles().Training, "--data", WriteFiles().Scoring, "--out", PathOf("o.csv"));

        Assert.Equal((2, $"churn: --model: file not found: {PathOf("none.zip")}"), (missingFile.Exit, missingFile.Error.Trim()));
        Assert.Equal(2, missingOption.Exit);
        Assert.Contains("--label", missingOption.Error);
        Assert.Equal(2, badModel.Exit);
        Assert.StartsWith("churn: model: not a churn model file", badModel.Error);
    }
}
