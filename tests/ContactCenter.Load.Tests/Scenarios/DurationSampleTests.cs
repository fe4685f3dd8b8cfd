using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class DurationSampleTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.3, 0.9)]
    [InlineData(0.999, 0.5)]
    public void Fixed_duration_is_always_its_mean(double u1, double u2) =>
        Assert.Equal(45, new DurationSpec(DistributionKind.Fixed, 45).Sample(u1, u2));

    [Fact]
    public void Exponential_at_one_minus_e_to_the_minus_one_is_its_mean() =>
        Assert.Equal(60, new DurationSpec(DistributionKind.Exponential, 60).Sample(1 - Math.Exp(-1), 0.5), 9);

    [Fact]
    public void Exponential_at_zero_is_zero() =>
        Assert.Equal(0, new DurationSpec(DistributionKind.Exponential, 60).Sample(0, 0.5), 12);

    [Fact]
    public void None_never_ends() =>
        Assert.Equal(double.PositiveInfinity, DurationSpec.Never.Sample(0.5, 0.5));

    [Fact]
    public void Lognormal_median_is_mean_times_e_to_minus_half_sigma_squared()
    {
        // u2 = 0.25 makes cos(2πu2) = 0, so the normal draw is 0 and the sample is the median.
        var lognormal = new DurationSpec(DistributionKind.LogNormal, 200, 0.6);

        Assert.Equal(200 * Math.Exp(-0.18), lognormal.Sample(0.5, 0.25), 9);
    }

    [Fact]
    public void Lognormal_samples_average_to_the_mean()
    {
        var lognormal = new DurationSpec(DistributionKind.LogNormal, 200, 0.6);
        const int Grid = 400;

        // A midpoint grid over the unit square stands in for uniform draws.
        var mean = (
            from i in Enumerable.Range(0, Grid)
            from j in Enumerable.Range(0, Grid)
            select lognormal.Sample((i + 0.5) / Grid, (j + 0.5) / Grid)).Average();

        Assert.InRange(mean, 196, 204);
    }
}
