using ContactCenter.Dashboard.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests;

public sealed class ClusterHealthMonitorTests : IAsyncLifetime
{
    private readonly FakeHealthChecks _checks = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-03-02T09:00:00Z"));
    private readonly ClusterHealthMonitor _monitor;
    private readonly List<ClusterHealth> _changes = [];

    public ClusterHealthMonitorTests()
    {
        _monitor = new ClusterHealthMonitor(_checks, _time, NullLogger<ClusterHealthMonitor>.Instance);
        _monitor.Changed += h => { lock (_changes) _changes.Add(h); };
    }

    public Task InitializeAsync() => _monitor.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _monitor.StopAsync(CancellationToken.None);
        _monitor.Dispose();
    }

    [Fact]
    public async Task It_checks_at_start_and_again_on_every_tick_of_the_injected_clock()
    {
        await Until(() => _checks.Runs == 1);
        _time.Advance(ClusterHealthMonitor.Every - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _checks.Runs);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Until(() => _checks.Runs == 2);
        Assert.Equal(_time.GetUtcNow(), _monitor.Current.CheckedAt);
    }

    [Fact]
    public async Task It_tells_subscribers_only_when_readiness_or_the_problems_change()
    {
        await Until(() => _checks.Runs == 1);
        Assert.True(_monitor.Current.IsReady);
        Assert.Empty(Changes());

        _checks.Report = FakeHealthChecks.With(("orleans", HealthStatus.Unhealthy, "No silo answers — live data and changes are unavailable"));
        await Tick(2);
        await Tick(3);
        var down = Assert.Single(Changes());
        Assert.False(down.IsReady);
        Assert.Equal(["No silo answers — live data and changes are unavailable"], down.Problems);

        _checks.Report = FakeHealthChecks.Healthy();
        await Tick(4);
        Assert.True(Changes()[^1].IsReady);
        Assert.Equal(2, Changes().Count);
    }

    private async Task Tick(int expectedRuns)
    {
        _time.Advance(ClusterHealthMonitor.Every);
        await Until(() => _checks.Runs == expectedRuns);
    }

    private List<ClusterHealth> Changes()
    {
        lock (_changes) return [.. _changes];
    }

    private static async Task Until(Func<bool> condition)
    {
        // Polls for the monitor's asynchronous check to finish (bounded); time itself only moves by Advance.
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(TimeSpan.FromMilliseconds(10));
        Assert.True(condition());
    }
}
