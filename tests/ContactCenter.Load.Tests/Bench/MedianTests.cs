using ContactCenter.Load.Bench;

namespace ContactCenter.Load.Tests.Bench;

/// <summary>Repeated runs are summarised by their median, figure by figure.</summary>
public sealed class MedianTests
{
    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 2)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new double[] { 7 }, 7)]
    [InlineData(new double[0], 0)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_middle_two(double[] values, double median) =>
        Assert.Equal(median, Median.Of(values));

    [Fact]
    public void Each_figure_of_the_runs_is_its_own_median_so_one_slow_run_does_not_set_p99()
    {
        var runs = new[]
        {
            RateSearchTests.Step(500, 1500, 1500, p99: 3),
            RateSearchTests.Step(500, 1500, 1400, p99: 90),
            RateSearchTests.Step(500, 1500, 1450, p99: 4),
        };

        var median = Median.OfRuns(runs);

        Assert.Equal(4, median.Latency.P99);
        Assert.Equal(1450, median.Completed);
        Assert.Equal(500, median.Rate);
    }
}
