using ContactCenter.Load.Cli;
using ContactCenter.Load.IndexBench;

namespace ContactCenter.Load.Tests.IndexBench;

/// <summary>`index-bench` options: 10,000 waiting and three agent counts by default, bad values named.</summary>
public sealed class IndexBenchCommandTests
{
    private static (IReadOnlyList<string> Errors, IndexBenchOptions? Options) Parse(params string[] args) =>
        CommandCapture.Parse<IndexBenchOptions>(run => IndexBenchCommand.Create(run), args);

    [Fact]
    public void By_default_ten_thousand_wait_and_one_five_and_twenty_thousand_agents_are_tried()
    {
        var (errors, options) = Parse();

        Assert.Empty(errors);
        Assert.Equal(10_000, options!.Waiting);
        Assert.Equal([1_000, 5_000, 20_000], options.Agents);
    }

    [Theory]
    [InlineData("--agents", "1k")]
    [InlineData("--agents", "0,100")]
    [InlineData("--waiting", "0")]
    [InlineData("--repetitions", "0")]
    public void Bad_values_are_refused_naming_the_option(string option, string value)
    {
        var (errors, options) = Parse(option, value);

        Assert.Null(options);
        Assert.Contains(errors, e => e.Contains(option, StringComparison.Ordinal));
    }
}
