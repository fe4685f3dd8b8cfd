using ContactCenter.Load.Theory;

namespace ContactCenter.Load.Tests.Theory;

public sealed class ErlangCTests
{
    [Theory]
    [InlineData(11, 0.6821)]
    [InlineData(12, 0.4494)]
    [InlineData(13, 0.2853)]
    [InlineData(14, 0.1741)]
    [InlineData(15, 0.1020)]
    public void Probability_of_wait_at_10_erlangs_matches_the_published_table(int agents, double tabled) =>
        Assert.Equal(tabled, ErlangC.ProbabilityOfWait(agents, 10), 4);

    [Fact]
    public void Two_erlangs_on_three_agents_wait_with_probability_four_ninths() =>
        Assert.Equal(4.0 / 9, ErlangC.ProbabilityOfWait(3, 2), 12);

    [Fact]
    public void Erlang_b_for_5_agents_at_3_erlangs_matches_the_published_table() =>
        Assert.Equal(0.1101, ErlangC.ErlangB(5, 3), 4);

    [Fact]
    public void Erlang_b_for_one_agent_is_a_over_one_plus_a() =>
        Assert.Equal(2.0 / 3, ErlangC.ErlangB(1, 2), 12);

    [Fact]
    public void Textbook_call_centre_of_10_erlangs_on_14_agents_answers_89_percent_in_20_seconds()
    {
        const double Tabled = 0.1741, Aht = 180, Threshold = 20;
        var expectedServiceLevel = 100 * (1 - Tabled * Math.Exp(-(14 - 10) * Threshold / Aht));
        var expectedAsa = Tabled / ((14 - 10) / Aht);

        var prediction = ErlangC.Predict(14, 10 / Aht, Aht, Threshold);

        Assert.Equal(expectedServiceLevel, prediction.ServiceLevelPercent, 0.1);
        Assert.Equal(expectedAsa, prediction.AsaSeconds, 0.1);
        Assert.InRange(prediction.ServiceLevelPercent, 88.7, 88.9);
        Assert.InRange(prediction.AsaSeconds, 7.7, 7.9);
        Assert.Equal(17.41, prediction.ProbabilityOfWaitPercent, 0.01);
        Assert.Equal(10, prediction.OfferedLoadErlangs, 9);
        Assert.Equal(100.0 * 10 / 14, prediction.OccupancyPercent, 9);
        Assert.Equal(0, prediction.AbandonPercent);
    }

    [Theory]
    [InlineData(10, 10.0)]
    [InlineData(10, 12.5)]
    [InlineData(1, 3.0)]
    public void Load_at_or_above_the_agent_count_always_waits_and_never_meets_the_target(int agents, double erlangs)
    {
        var prediction = ErlangC.Predict(agents, erlangs / 60, 60, 20);

        Assert.Equal(1, ErlangC.ProbabilityOfWait(agents, erlangs));
        Assert.Equal(100, prediction.ProbabilityOfWaitPercent);
        Assert.Equal(0, prediction.ServiceLevelPercent);
        Assert.Equal(double.PositiveInfinity, prediction.AsaSeconds);
        Assert.Equal(100, prediction.OccupancyPercent);
    }

    [Fact]
    public void No_traffic_never_waits()
    {
        var prediction = ErlangC.Predict(5, 0, 60, 20);

        Assert.Equal((0.0, 100.0, 0.0), (prediction.ProbabilityOfWaitPercent, prediction.ServiceLevelPercent, prediction.AsaSeconds));
    }

    [Fact]
    public void Hundreds_of_agents_stay_finite_and_between_0_and_1()
    {
        var c = ErlangC.ProbabilityOfWait(1000, 980);

        Assert.True(double.IsFinite(c));
        Assert.InRange(c, 0.1, 0.9);
    }

    [Fact]
    public void More_agents_wait_less() =>
        Assert.True(Enumerable.Range(11, 20).Select(n => ErlangC.ProbabilityOfWait(n, 10)).Zip(
            Enumerable.Range(12, 20).Select(n => ErlangC.ProbabilityOfWait(n, 10))).All(p => p.Second < p.First));

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(3, -1.0)]
    public void Bad_arguments_are_refused(int agents, double erlangs) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWait(agents, erlangs));
}
