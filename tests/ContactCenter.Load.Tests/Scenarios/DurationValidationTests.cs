using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class DurationValidationTests
{
    [Theory]
    [InlineData("\"gamma\"")]
    [InlineData("\"\"")]
    public void Unknown_handle_distribution_is_named_by_its_path_and_lists_the_choices(string distribution)
    {
        var ex = ScenarioJson.Rejected(("agents[0].handleTime.distribution", distribution));

        Assert.Equal("agents[0].handleTime.distribution", ex.Field);
        Assert.Contains("fixed, exponential, lognormal", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_handle_distribution_is_named_by_its_path() =>
        Assert.Equal("agents[0].handleTime.distribution", ScenarioJson.Rejected(("agents[0].handleTime.distribution", null)).Field);

    [Fact]
    public void Handle_time_of_none_is_rejected_because_every_call_must_end()
    {
        var ex = ScenarioJson.Rejected(("agents[0].handleTime", """{ "distribution": "none" }"""));

        Assert.Equal("agents[0].handleTime.distribution", ex.Field);
        Assert.Contains("got 'none'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("none,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patience_of_none_means_callers_never_hang_up()
    {
        var scenario = ScenarioJson.Parse(("patience", """{ "distribution": "None" }"""));

        Assert.Equal(DistributionKind.None, scenario.Patience.Distribution);
        Assert.Equal(double.PositiveInfinity, scenario.Patience.Sample(0.5, 0.5));
    }

    [Fact]
    public void Unknown_patience_distribution_lists_none_among_the_choices()
    {
        var ex = ScenarioJson.Rejected(("patience", """{ "distribution": "weibull", "meanSeconds": 90 }"""));

        Assert.Equal("patience.distribution", ex.Field);
        Assert.Contains("none, fixed, exponential, lognormal", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3.5")]
    [InlineData("-0.5")]
    public void Lognormal_sigma_outside_0_to_3_is_named_by_its_path(string sigma)
    {
        var ex = ScenarioJson.Rejected(("agents[0].handleTime", $$"""{ "distribution": "lognormal", "meanSeconds": 200, "sigma": {{sigma}} }"""));

        Assert.Equal("agents[0].handleTime.sigma", ex.Field);
        Assert.Contains("(0, 3]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lognormal_sigma_defaults_to_0_6()
    {
        var handle = ScenarioJson.Parse(("agents[0].handleTime", """{ "distribution": "LogNormal", "meanSeconds": 200 }""")).Agents[0].HandleTime;

        Assert.Equal(new DurationSpec(DistributionKind.LogNormal, 200, 0.6), handle);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-60")]
    [InlineData("86401")]
    public void Mean_outside_0_to_a_day_is_named_by_its_path(string mean) =>
        Assert.Equal("patience.meanSeconds", ScenarioJson.Rejected(("patience", $$"""{ "distribution": "exponential", "meanSeconds": {{mean}} }""")).Field);

    [Fact]
    public void Missing_mean_is_named_by_its_path() =>
        Assert.Equal("agents[0].handleTime.meanSeconds", ScenarioJson.Rejected(("agents[0].handleTime.meanSeconds", null)).Field);
}
