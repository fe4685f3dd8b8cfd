using ContactCenter.Load.Bench;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Load.Tests.Bench;

/// <summary>`--find-max` stepping, against a fake measurement of a system with a known capacity.</summary>
public sealed class RateSearchTests
{
    private static readonly TimeSpan StepTime = TimeSpan.FromSeconds(3);

    /// <summary>A system that keeps up to capacity with a flat p99, and falls behind past it; each step takes StepTime on the fake clock.</summary>
    private static Func<double, CancellationToken, Task<StepMeasurement>> System(FakeTimeProvider clock, double capacity, List<double> tried,
        Func<double, double>? p99 = null) => (rate, _) =>
    {
        tried.Add(rate);
        clock.Advance(StepTime);
        var scheduled = (int)(rate * 3);
        var completed = rate <= capacity ? scheduled : (int)(capacity * 3);
        return Task.FromResult(Step(rate, scheduled, completed, p99?.Invoke(rate) ?? 2));
    };

    internal static StepMeasurement Step(double rate, int scheduled, int completed, double p99) => new(
        rate, 3, scheduled, 0, completed, completed, completed, 0, 0, scheduled - completed,
        new LatencySummary(p99 / 2, p99, p99, p99 / 2, completed), completed / 3.0, completed / 3.0, 50, 1000, 20);

    private static Task<SearchOutcome> Search(SearchLimits limits, Func<double, CancellationToken, Task<StepMeasurement>> measure, FakeTimeProvider clock) =>
        RateSearch.FindMaxAsync(limits, measure, clock, CancellationToken.None);

    [Fact]
    public async Task The_max_is_the_last_rate_whose_completions_kept_up_twice_confirmed_bad_above_it()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());

        var outcome = await Search(new SearchLimits(100), System(clock, capacity: 600, tried), clock);

        Assert.Equal([100, 150, 225, 337.5, 506.25, 759.375, 759.375], tried);
        Assert.Equal(506.25, outcome.Max!.Rate);
        Assert.Contains("fell behind", outcome.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_p99_past_ten_times_the_first_steps_stops_the_climb_even_when_completions_keep_up()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());

        var outcome = await Search(new SearchLimits(100), System(clock, capacity: 1e9, tried, p99: r => r < 300 ? 3 : 31), clock);

        Assert.Equal(225, outcome.Max!.Rate);
        Assert.Contains("p99 ran away", outcome.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_p99_over_one_second_is_a_runaway_whatever_the_first_step_had()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());

        var outcome = await Search(new SearchLimits(100), System(clock, capacity: 1e9, tried, p99: r => r < 200 ? 400 : 1001), clock);

        Assert.Equal(150, outcome.Max!.Rate);
    }

    [Fact]
    public async Task When_the_start_rate_is_already_too_high_it_halves_until_one_keeps_up_then_climbs_again()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());

        var outcome = await Search(new SearchLimits(100), System(clock, capacity: 30, tried), clock);

        Assert.Equal([100, 100, 50, 50, 25, 37.5, 37.5], tried);
        Assert.Equal(25, outcome.Max!.Rate);
    }

    [Fact]
    public async Task A_system_that_never_keeps_up_gives_no_max_after_a_bounded_descent()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());

        var outcome = await Search(new SearchLimits(100, MaxStepsDown: 3), System(clock, capacity: 0, tried), clock);

        Assert.Null(outcome.Max);
        Assert.Equal([100, 100, 50, 50, 25, 25, 12.5, 12.5], tried);
    }

    [Fact]
    public async Task One_bad_step_is_run_again_and_a_good_rerun_lets_the_climb_go_on()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());
        var stalls = 1;
        var measure = System(clock, capacity: 400, tried);

        var outcome = await Search(new SearchLimits(100), async (rate, ct) =>
        {
            var step = await measure(rate, ct);
            return rate == 225 && stalls-- > 0 ? Step(rate, step.Scheduled, 0, 2) : step;
        }, clock);

        Assert.Equal([100, 150, 225, 225, 337.5, 506.25, 506.25], tried);
        Assert.Equal(337.5, outcome.Max!.Rate);
    }

    [Fact]
    public async Task The_climb_stops_at_the_step_limit_with_the_last_rate_as_max()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());

        var outcome = await Search(new SearchLimits(100, Factor: 2, MaxSteps: 4), System(clock, capacity: 1e9, tried), clock);

        Assert.Equal([100, 200, 400, 800], tried);
        Assert.Equal(800, outcome.Max!.Rate);
        Assert.Contains("step limit", outcome.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_climb_starts_no_step_after_its_time_limit()
    {
        var (clock, tried) = (new FakeTimeProvider(), new List<double>());

        var outcome = await Search(new SearchLimits(100) { MaxTime = TimeSpan.FromSeconds(7) }, System(clock, capacity: 1e9, tried), clock);

        Assert.Equal(3, tried.Count);
        Assert.Contains("time limit", outcome.StopReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300, 285, 2, null)]
    [InlineData(300, 284, 2, "fell behind")]
    [InlineData(300, 300, 10, null)]
    [InlineData(300, 300, 10.1, "ran away")]
    public void A_step_is_bad_below_95_percent_completed_or_past_ten_times_the_reference_p99(int scheduled, int completed, double p99, string? why)
    {
        var failure = RateSearch.Failure(Step(100, scheduled, completed, p99), referenceP99: 1, new SearchLimits(100));

        if (why is null) Assert.Null(failure);
        else Assert.Contains(why, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_reference_p99_is_floored_so_ordinary_jitter_is_not_a_runaway() =>
        Assert.Null(RateSearch.Failure(Step(100, 300, 300, p99: 9), referenceP99: 0.2, new SearchLimits(100)));
}
