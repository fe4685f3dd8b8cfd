using ContactCenter.Load.Theory;

namespace ContactCenter.Load.Tests.Theory;

/// <summary>Centers of hundreds of agents: the stationary weights would overflow a double without rescaling.</summary>
public sealed class ErlangALargeCenterTests
{
    [Fact]
    public void A_thousand_agents_at_90_percent_give_finite_figures_close_to_erlang_c()
    {
        var a = ErlangA.Predict(1000, 900 / 60.0, 60, 120, 20);
        var c = ErlangC.Predict(1000, 900 / 60.0, 60, 20);

        Assert.True(double.IsFinite(a.ServiceLevelPercent) && double.IsFinite(a.AsaSeconds));
        Assert.Equal(c.ServiceLevelPercent, a.ServiceLevelPercent, 0.5);
        Assert.InRange(a.AbandonPercent, 0, 0.1);
    }

    [Fact]
    public void Heavy_overload_with_long_patience_abandons_about_the_excess_load()
    {
        // 400 Erlangs offered to 200 agents: about half the callers must hang up, and the agents are always busy.
        var a = ErlangA.Predict(200, 400 / 60.0, 60, 600, 20);

        Assert.InRange(a.AbandonPercent, 45, 55);
        Assert.InRange(a.OccupancyPercent, 99, 100);
    }
}
