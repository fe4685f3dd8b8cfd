using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class LimitsValidationTests
{
    [Theory]
    [InlineData("maxArrivals", "0", "between 1 and 1000000")]
    [InlineData("maxArrivals", "1000001", "between 1 and 1000000")]
    [InlineData("maxWallSeconds", "0.5", "between 1 and 86400")]
    [InlineData("maxWallSeconds", "86401", "between 1 and 86400")]
    [InlineData("drainSeconds", "-1", "between 0 and 604800")]
    [InlineData("drainSeconds", "604801", "between 0 and 604800")]
    public void Limit_out_of_range_is_named_by_its_path(string limit, string value, string explanation)
    {
        var ex = ScenarioJson.Rejected(($"limits.{limit}", value));

        Assert.Equal($"limits.{limit}", ex.Field);
        Assert.Contains(explanation, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Omitted_limits_take_the_defaults() =>
        Assert.Equal(LimitsSpec.Default, ScenarioJson.Parse().Limits);

    [Fact]
    public void Omitted_fields_of_limits_take_their_defaults() =>
        Assert.Equal(LimitsSpec.Default with { MaxArrivals = 50 }, ScenarioJson.Parse(("limits.maxArrivals", "50")).Limits);

    [Fact]
    public void Zero_drain_is_accepted() =>
        Assert.Equal(0, ScenarioJson.Parse(("limits.drainSeconds", "0")).Limits.DrainSeconds);
}
