using ContactCenter.Load.Theory;

namespace ContactCenter.Load.Tests.Theory;

public sealed class ErlangATests
{
    [Fact]
    public void Endless_patience_converges_to_erlang_c()
    {
        var a = ErlangA.Predict(10, 8 / 60.0, 60, 1e9, 20);
        var c = ErlangC.Predict(10, 8 / 60.0, 60, 20);

        Assert.Equal("Erlang A", a.Model);
        Assert.Equal(c.ProbabilityOfWaitPercent, a.ProbabilityOfWaitPercent, 0.1);
        Assert.Equal(c.ServiceLevelPercent, a.ServiceLevelPercent, 0.1);
        Assert.Equal(c.AsaSeconds, a.AsaSeconds, 0.1);
        Assert.Equal(c.OccupancyPercent, a.OccupancyPercent, 0.1);
        Assert.Equal(0, a.AbandonPercent, 0.01);
    }

    /// <summary>
    /// With patience mean equal to handle mean every caller in the system leaves at the same rate μ, served or
    /// not, so the number in the system is that of M/M/∞: Poisson(A). Then P(wait) = P(K ≥ n), and callers
    /// abandon at rate μ·E[(K − n)⁺] out of λ, i.e. a fraction E[(K − n)⁺]/A.
    /// </summary>
    [Theory]
    [InlineData(10, 8.0)]
    [InlineData(10, 12.0)]
    [InlineData(3, 1.5)]
    [InlineData(50, 45.0)]
    public void Patience_equal_to_handle_time_makes_the_system_poisson(int agents, double erlangs)
    {
        const double Mean = 60;
        var pmf = new double[agents];
        pmf[0] = Math.Exp(-erlangs);
        for (var k = 1; k < agents; k++) pmf[k] = pmf[k - 1] * erlangs / k;
        var waitProbability = 1 - pmf.Sum();
        // E[(K − n)⁺] = E[K] − n + E[(n − K)⁺], and the last term is a finite sum.
        var expectedExcess = erlangs - agents + pmf.Select((p, k) => (agents - k) * p).Sum();

        var prediction = ErlangA.Predict(agents, erlangs / Mean, Mean, Mean, 20);

        Assert.Equal(100 * waitProbability, prediction.ProbabilityOfWaitPercent, 0.01);
        Assert.Equal(100 * expectedExcess / erlangs, prediction.AbandonPercent, 0.01);
    }

    [Fact]
    public void Double_the_load_of_the_agents_stays_finite_with_half_or_more_hanging_up()
    {
        var prediction = ErlangA.Predict(10, 20 / 60.0, 60, 60, 20);

        Assert.InRange(prediction.AbandonPercent, 40, 100);
        Assert.InRange(prediction.ServiceLevelPercent, 0, 100);
        Assert.InRange(prediction.ProbabilityOfWaitPercent, 90, 100);
        Assert.InRange(prediction.OccupancyPercent, 95, 100);
        Assert.True(double.IsFinite(prediction.AsaSeconds) && prediction.AsaSeconds > 0);
        // Agents can answer at most 10 per minute of the 20 offered, so at least half hang up.
        Assert.True(prediction.AbandonPercent >= 50 - 0.01);
    }

    [Fact]
    public void Half_again_the_load_of_a_hundred_agents_loses_a_third_of_the_callers()
    {
        var prediction = ErlangA.Predict(100, 150 / 60.0, 60, 300, 20);

        // Agents answer at most 100 per minute of the 150 offered, and with long patience hardly less.
        Assert.InRange(prediction.AbandonPercent, 100.0 / 3 - 0.01, 100.0 / 3 + 1);
        Assert.InRange(prediction.OccupancyPercent, 99.9, 100 + 1e-9);
        Assert.InRange(prediction.ServiceLevelPercent, 0, 1);
        Assert.True(double.IsFinite(prediction.AsaSeconds) && prediction.AsaSeconds > 60);
    }

    [Fact]
    public void Service_level_plus_abandonment_never_exceeds_100_percent()
    {
        foreach (var (agents, erlangs, patience) in new[] { (5, 4.0, 90.0), (10, 8.0, 30.0), (10, 15.0, 120.0), (1, 0.5, 10.0) })
        {
            var prediction = ErlangA.Predict(agents, erlangs / 60, 60, patience, 20);

            Assert.InRange(prediction.ServiceLevelPercent + prediction.AbandonPercent, 0, 100 + 1e-9);
            Assert.InRange(prediction.ServiceLevelPercent, 100 - prediction.ProbabilityOfWaitPercent - 1e-9, 100);
        }
    }

    [Fact]
    public void More_patience_means_fewer_hang_ups_and_longer_waits()
    {
        var impatient = ErlangA.Predict(10, 9 / 60.0, 60, 30, 20);
        var patient = ErlangA.Predict(10, 9 / 60.0, 60, 300, 20);

        Assert.True(patient.AbandonPercent < impatient.AbandonPercent);
        Assert.True(patient.AsaSeconds > impatient.AsaSeconds);
    }

    [Fact]
    public void Stationary_distribution_sums_to_one() =>
        Assert.Equal(1, ErlangA.StationaryDistribution(10, 8 / 60.0, 1 / 60.0, 1 / 90.0).Sum(), 12);

    [Fact]
    public void Zero_agents_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangA.Predict(0, 1, 60, 60, 20));
}
