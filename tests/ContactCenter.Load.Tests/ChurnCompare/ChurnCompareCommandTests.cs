using ContactCenter.Load.ChurnCompare;
using ContactCenter.Load.Cli;

namespace ContactCenter.Load.Tests.ChurnCompare;

/// <summary>`churn-compare` options: policies like `replay --policy`, and bad values named.</summary>
public sealed class ChurnCompareCommandTests
{
    private static (IReadOnlyList<string> Errors, ChurnCompareOptions? Options) Parse(params string[] args) =>
        CommandCapture.Parse<ChurnCompareOptions>(run => ChurnCompareCommand.Create(run), args);

    [Fact]
    public void By_default_both_policies_run_on_the_virtual_clock_over_the_demo_population()
    {
        var (errors, options) = Parse();

        Assert.Empty(errors);
        Assert.NotNull(options);
        Assert.Equal([ChurnPolicies.Blind, ChurnPolicies.Aware], options.Policies);
        Assert.Equal(("max", 10_000, 64, "churn-compare.json"), (options.Speedup, options.Customers, options.Agents, options.Output.Name));
    }

    [Theory]
    [InlineData("blind")]
    [InlineData("churn")]
    public void One_policy_runs_alone(string policy) => Assert.Equal([policy], Parse("--policy", policy).Options!.Policies);

    [Theory]
    [InlineData("--policy", "fifo", "--policy")]
    [InlineData("--policy", "aware", "--policy")]
    [InlineData("--per-minute", "0", "--per-minute")]
    [InlineData("--hours", "-1", "--hours")]
    [InlineData("--agents", "65", "--agents")]
    [InlineData("--customers", "0", "--customers")]
    [InlineData("--speedup", "fast", "--speedup")]
    public void Bad_values_are_refused_naming_the_option(string option, string value, string named)
    {
        var (errors, options) = Parse(option, value);

        Assert.Null(options);
        Assert.Contains(errors, e => e.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_option_reaches_the_settings()
    {
        var (_, options) = Parse("--policy", "churn", "--customers", "2000", "--hours", "2.5", "--per-minute", "12", "--agents", "40",
            "--handle-seconds", "200", "--patience-seconds", "90", "--seed", "9", "--learner", "fasttree", "--speedup", "500", "--max-wall-seconds", "60", "--out", "x.json");

        Assert.NotNull(options);
        Assert.Equal([ChurnPolicies.Aware], options.Policies);
        Assert.Equal((2000, 2.5, 12.0, 40, 200.0, 90.0, 9), (options.Customers, options.Hours, options.PerMinute, options.Agents, options.HandleSeconds, options.PatienceSeconds, options.Seed));
        Assert.Equal(("fasttree", "500", 60.0, "x.json"), (options.Learner, options.Speedup, options.MaxWallSeconds, options.Output.Name));
    }
}
