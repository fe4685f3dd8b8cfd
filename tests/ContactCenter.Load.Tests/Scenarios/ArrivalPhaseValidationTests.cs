using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class ArrivalPhaseValidationTests
{
    private static string Hourly(int count) => $"[{string.Join(", ", Enumerable.Repeat("0.5", count))}]";

    [Theory]
    [InlineData("\"wave\"")]
    [InlineData("\"\"")]
    public void Unknown_phase_kind_is_named_by_its_path_and_lists_the_kinds(string kind)
    {
        var ex = ScenarioJson.Rejected(("arrivals[0].kind", kind));

        Assert.Equal("arrivals[0].kind", ex.Field);
        Assert.Contains("steady, ramp, burst or daily", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ramp_without_target_rate_is_named_by_its_path()
    {
        var ex = ScenarioJson.Rejected(("arrivals[0].kind", "\"ramp\""));

        Assert.Equal("arrivals[0].toPerMinute", ex.Field);
        Assert.Contains("ramp needs toPerMinute", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(23)]
    [InlineData(25)]
    public void Daily_curve_without_24_hourly_factors_is_named_by_its_path(int? hours)
    {
        var ex = ScenarioJson.Rejected(("arrivals[0]", $$"""{ "kind": "daily", "perMinute": 10{{(hours is { } n ? $", \"hourly\": {Hourly(n)}" : "")}} }"""));

        Assert.Equal("arrivals[0].hourly", ex.Field);
        Assert.Contains("24 hourly factors", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_hourly_factor_is_named_by_its_path()
    {
        var hourly = Hourly(24).Replace("[0.5,", "[-0.5,", StringComparison.Ordinal);

        var ex = ScenarioJson.Rejected(("arrivals[0]", $$"""{ "kind": "daily", "perMinute": 10, "hourly": {{hourly}} }"""));

        Assert.Equal("arrivals[0].hourly", ex.Field);
        Assert.Contains("between 0 and 10", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("600001")]
    public void Per_minute_rate_out_of_range_is_named_by_its_path(string rate)
    {
        var ex = ScenarioJson.Rejected(("arrivals[0].perMinute", rate));

        Assert.Equal("arrivals[0].perMinute", ex.Field);
        Assert.Contains("between 0 and 600000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_per_minute_rate_is_named_by_its_path() =>
        Assert.Equal("arrivals[0].perMinute", ScenarioJson.Rejected(("arrivals[0].perMinute", null)).Field);

    [Fact]
    public void Negative_ramp_target_is_named_by_its_path() =>
        Assert.Equal("arrivals[0].toPerMinute", ScenarioJson.Rejected(("arrivals[0].kind", "\"ramp\""), ("arrivals[0].toPerMinute", "-2")).Field);

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public void Burst_multiplier_out_of_range_is_named_by_its_path(string multiplier) =>
        Assert.Equal("arrivals[0].multiplier", ScenarioJson.Rejected(("arrivals[0].kind", "\"burst\""), ("arrivals[0].multiplier", multiplier)).Field);

    [Theory]
    [InlineData("0")]
    [InlineData("2678401")]
    public void Duration_outside_0_to_31_days_is_named_by_its_path(string seconds) =>
        Assert.Equal("arrivals[0].durationSeconds", ScenarioJson.Rejected(("arrivals[0].durationSeconds", seconds)).Field);

    [Fact]
    public void Steady_phase_without_duration_is_named_by_its_path() =>
        Assert.Equal("arrivals[0].durationSeconds", ScenarioJson.Rejected(("arrivals[0].durationSeconds", null)).Field);

    [Fact]
    public void Error_in_a_later_phase_carries_its_index() =>
        Assert.Equal("arrivals[1].kind", ScenarioJson.Rejected(("arrivals", """
            [ { "kind": "steady", "durationSeconds": 60, "perMinute": 1 }, { "kind": "flat", "durationSeconds": 60, "perMinute": 1 } ]
            """)).Field);

    [Fact]
    public void Zero_rate_phase_is_accepted_as_a_lull() =>
        Assert.Equal(0, ScenarioJson.Parse(("arrivals[0].perMinute", "0")).Arrivals[0].PerMinute);

    [Fact]
    public void Phase_kinds_are_read_case_insensitively() =>
        Assert.Equal(PhaseKind.Steady, ScenarioJson.Parse(("arrivals[0].kind", "\"Steady\"")).Arrivals[0].Kind);
}
