using ContactCenter.Load.Cli;
using ContactCenter.Load.Memory;

namespace ContactCenter.Load.Tests.Memory;

/// <summary>`memory` options: counts bounded, waiting optional, bad values named; and the per-item arithmetic.</summary>
public sealed class MemoryCommandTests
{
    private static (IReadOnlyList<string> Errors, MemoryOptions? Options) Parse(params string[] args) =>
        CommandCapture.Parse<MemoryOptions>(run => MemoryCommand.Create(run), args);

    [Fact]
    public void Customers_waiting_and_output_are_read_as_given()
    {
        var (errors, options) = Parse("--customers", "1000000", "--waiting", "100000", "--out", "m.json");

        Assert.Empty(errors);
        Assert.Equal((1_000_000, 100_000, "m.json"), (options!.Customers, options.Waiting, options.Output.Name));
        Assert.Equal(100, options.HistoryPercent);
    }

    [Fact]
    public void By_default_no_interaction_waits() => Assert.Equal(0, Parse().Options!.Waiting);

    [Theory]
    [InlineData("--customers", "0")]
    [InlineData("--customers", "6000000")]
    [InlineData("--waiting", "-1")]
    [InlineData("--history-percent", "101")]
    [InlineData("--max-minutes", "0")]
    public void Bad_values_are_refused_naming_the_option(string option, string value)
    {
        var (errors, options) = Parse(option, value);

        Assert.Null(options);
        Assert.Contains(errors, e => e.Contains(option, StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_per_item_divide_the_growth_between_two_samples_by_the_count()
    {
        var before = new MemorySample(100_000_000, 0, 20_000_000, 0, 0);
        var after = new MemorySample(500_000_000, 0, 320_000_000, 0, 100_000);

        var per = MemorySample.Per(before, after, 100_000);

        Assert.Equal((4_000, 3_000), (per.WorkingSetBytes, per.ManagedHeapBytes));
        Assert.Equal(0, MemorySample.Per(before, after, 0).WorkingSetBytes);
    }
}
