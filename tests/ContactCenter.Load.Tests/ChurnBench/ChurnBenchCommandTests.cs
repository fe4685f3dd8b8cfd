using ContactCenter.Load.ChurnBench;
using ContactCenter.Load.Cli;

namespace ContactCenter.Load.Tests.ChurnBench;

/// <summary>`churn-bench` options: training sizes as a list, bounded counts, bad values named.</summary>
public sealed class ChurnBenchCommandTests
{
    private static (IReadOnlyList<string> Errors, ChurnBenchOptions? Options) Parse(params string[] args) =>
        CommandCapture.Parse<ChurnBenchOptions>(run => ChurnBenchCommand.Create(run), args);

    [Fact]
    public void By_default_training_is_timed_at_10k_100k_and_1M_rows_with_one_learner()
    {
        var (errors, options) = Parse();

        Assert.Empty(errors);
        Assert.Equal([10_000, 100_000, 1_000_000], options!.TrainRows);
        Assert.Equal(ChurnBenchOptions.DefaultLearner, options.Learner);
    }

    [Theory]
    [InlineData("none", new int[0])]
    [InlineData("5000", new[] { 5000 })]
    [InlineData("1000, 20_000", new[] { 1000, 20_000 })]
    public void Training_sizes_are_a_comma_separated_list_or_none(string text, int[] sizes) =>
        Assert.Equal(sizes, Parse("--train-rows", text).Options!.TrainRows);

    [Theory]
    [InlineData("--train-rows", "10k", "--train-rows")]
    [InlineData("--train-rows", "50", "--train-rows")]
    [InlineData("--train-rows", "10000,3000000", "--train-rows")]
    [InlineData("--scores", "0", "--scores")]
    [InlineData("--concurrency", "5000", "--concurrency")]
    [InlineData("--max-seconds", "0", "--max-seconds")]
    public void Bad_values_are_refused_naming_the_option(string option, string value, string named)
    {
        var (errors, options) = Parse(option, value);

        Assert.Null(options);
        Assert.Contains(errors, e => e.Contains(named, StringComparison.Ordinal));
    }
}
