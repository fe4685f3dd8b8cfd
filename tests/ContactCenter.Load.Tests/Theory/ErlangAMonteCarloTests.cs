using ContactCenter.Load.Theory;

namespace ContactCenter.Load.Tests.Theory;

/// <summary>
/// Erlang A against a simulation of the queue it describes. Across seeds, 200,000 callers put the simulated
/// service level within about 0.25 points (one standard deviation), ASA within about 1.2% and abandonment
/// within about 0.1 points of the prediction, so the tolerances below are four or more deviations wide.
/// </summary>
public sealed class ErlangAMonteCarloTests
{
    [Theory]
    [InlineData(5, 4.0, 60.0, 90.0, 20.0, 20260105)]
    [InlineData(5, 6.0, 60.0, 60.0, 20.0, 42)]
    public void Prediction_agrees_with_a_seeded_fifo_simulation(int agents, double perMinute, double handleSeconds, double patienceSeconds, double threshold, int seed)
    {
        var simulated = MmnPlusMSimulation.Run(agents, perMinute / 60, handleSeconds, patienceSeconds, threshold, 200_000, seed);

        var predicted = ErlangA.Predict(agents, perMinute / 60, handleSeconds, patienceSeconds, threshold);

        Assert.Equal(simulated.ServiceLevelPercent, predicted.ServiceLevelPercent, 1.0);
        Assert.InRange(predicted.AsaSeconds, simulated.AsaSeconds * 0.95, simulated.AsaSeconds * 1.05);
        Assert.Equal(simulated.AbandonPercent, predicted.AbandonPercent, 0.5);
    }

    [Fact]
    public void Simulation_without_abandonment_reproduces_erlang_c()
    {
        // Checks the simulation itself: with endless patience it must land on Erlang C.
        var simulated = MmnPlusMSimulation.Run(5, 3 / 60.0, 60, double.PositiveInfinity, 20, 200_000, 7);

        var predicted = ErlangC.Predict(5, 3 / 60.0, 60, 20);

        Assert.Equal(0, simulated.AbandonPercent);
        Assert.Equal(simulated.ServiceLevelPercent, predicted.ServiceLevelPercent, 1.0);
        Assert.InRange(predicted.AsaSeconds, simulated.AsaSeconds * 0.93, simulated.AsaSeconds * 1.07);
    }
}
