using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class PhaseRateTests
{
    private static readonly double[] Hourly = Enumerable.Range(0, 24).Select(h => 0.1 + h / 20.0).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1800)]
    [InlineData(3599)]
    public void Steady_rate_is_per_minute_over_60_throughout(double t) =>
        Assert.Equal(8.0 / 60, new PhaseSpec(PhaseKind.Steady, 3600, 8).RateAt(t), 12);

    [Fact]
    public void Ramp_is_halfway_between_its_rates_at_its_midpoint() =>
        Assert.Equal(12.0 / 60, new PhaseSpec(PhaseKind.Ramp, 600, 6, ToPerMinute: 18).RateAt(300), 12);

    [Fact]
    public void Ramp_starts_and_ends_at_its_rates()
    {
        var ramp = new PhaseSpec(PhaseKind.Ramp, 600, 6, ToPerMinute: 18);

        Assert.Equal(6.0 / 60, ramp.RateAt(0), 12);
        Assert.Equal(18.0 / 60, ramp.RateAt(600), 12);
        Assert.Equal(18.0 / 60, ramp.PeakRate, 12);
    }

    [Fact]
    public void Downward_ramp_peaks_at_its_start()
    {
        var ramp = new PhaseSpec(PhaseKind.Ramp, 600, 30, ToPerMinute: 0);

        Assert.Equal(15.0 / 60, ramp.RateAt(300), 12);
        Assert.Equal(30.0 / 60, ramp.PeakRate, 12);
    }

    [Fact]
    public void Burst_is_per_minute_times_multiplier()
    {
        var burst = new PhaseSpec(PhaseKind.Burst, 300, 6, Multiplier: 10);

        Assert.Equal(1.0, burst.RateAt(150), 12);
        Assert.Equal(1.0, burst.PeakRate, 12);
    }

    [Fact]
    public void Daily_rate_at_one_pm_uses_the_factor_for_hour_13()
    {
        var daily = new PhaseSpec(PhaseKind.Daily, 86_400, 12, Hourly: Hourly);

        Assert.Equal(12 * Hourly[13] / 60, daily.RateAt(13 * 3600 + 1800), 12);
        Assert.Equal(12 * Hourly[0] / 60, daily.RateAt(0), 12);
        Assert.Equal(12 * Hourly[23] / 60, daily.PeakRate, 12);
    }

    [Fact]
    public void Daily_curve_repeats_each_day()
    {
        var daily = new PhaseSpec(PhaseKind.Daily, 3 * 86_400, 12, Hourly: Hourly);

        Assert.Equal(daily.RateAt(13 * 3600), daily.RateAt(2 * 86_400 + 13 * 3600), 12);
    }
}
