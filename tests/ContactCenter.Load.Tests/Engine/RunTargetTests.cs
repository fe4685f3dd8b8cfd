using ContactCenter.Load.Engine;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Load.Tests.Engine;

/// <summary>Where traffic may go and how the clock is chosen: one 127.0.0.1 gateway, and a speedup that is a number or "max".</summary>
public sealed class RunTargetTests
{
    [Fact]
    public void A_loopback_gateway_is_accepted() =>
        Assert.Equal(30000, LoadCluster.ParseGateway(" 127.0.0.1:30000 ").Port);

    [Theory]
    [InlineData("10.0.0.5:30000", "is not 127.0.0.1")]
    [InlineData("127.0.0.1:30000,127.0.0.1:30001", "give one gateway")]
    [InlineData("localhost", "not an address:port")]
    [InlineData("127.0.0.1", "not an address:port")]
    public void Other_gateways_are_refused_with_the_reason(string gateway, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => LoadCluster.ParseGateway(gateway));
        Assert.StartsWith("--cluster:", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("max", true)]
    [InlineData("60", false)]
    [InlineData("0.5", false)]
    public void Speedup_picks_a_virtual_or_a_scaled_clock(string speedup, bool isVirtual)
    {
        Assert.Null(RunClock.Validate(speedup));
        Assert.Equal(isVirtual, RunClock.Create(speedup, RunClock.Origin) is FakeTimeProvider);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("fast")]
    [InlineData("-3")]
    public void Bad_speedups_are_named(string speedup) => Assert.Contains("--speedup", RunClock.Validate(speedup));

    [Fact]
    public void A_scaled_clock_runs_speedup_times_faster_than_its_wall_clock_timers_included()
    {
        var wall = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var clock = new ScaledTimeProvider(RunClock.Origin, 1000, wall);
        var fired = false;
        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(60), Timeout.InfiniteTimeSpan);

        wall.Advance(TimeSpan.FromMilliseconds(59));
        Assert.False(fired);
        wall.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(fired);
        Assert.Equal(TimeSpan.FromSeconds(60), clock.GetUtcNow() - RunClock.Origin);
    }
}
