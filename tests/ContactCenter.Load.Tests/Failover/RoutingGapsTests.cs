using ContactCenter.Load.Failover;

namespace ContactCenter.Load.Tests.Failover;

/// <summary>Gap, recovery and rate arithmetic over synthetic assignment times (seconds since the run began).</summary>
public sealed class RoutingGapsTests
{
    /// <summary>An assignment every `every` seconds from `from` (inclusive) to `to` (exclusive).</summary>
    private static IEnumerable<double> Every(double every, double from, double to)
    {
        for (var t = from; t < to - 1e-9; t += every) yield return Math.Round(t, 6);
    }

    [Fact]
    public void An_outage_after_the_kill_is_the_longest_gap_and_recovery_is_its_end()
    {
        // Every 0.5 s, then nothing from the kill at 60 until 72.5, then every 0.5 s again until 180.
        var times = Every(0.5, 0, 60).Concat(Every(0.5, 72.5, 180));

        var r = RoutingGaps.Analyse(times, killAt: 60, arrivalsEnd: 180);

        Assert.Equal(12.5, r.LongestGapAfterKill.Seconds, 6);
        Assert.Equal((60.0, 72.5, true), (r.LongestGapAfterKill.From, r.LongestGapAfterKill.To, r.LongestGapAfterKill.EndedByAssignment));
        Assert.Equal(12.5, r.FirstAssignmentAfterKillSeconds!.Value, 6);
        Assert.Equal(0.5, r.LongestGapBeforeKill!.Seconds, 6);
        Assert.Equal(72.5, r.RecoveredAt);
        Assert.Equal(90, r.SettledAt);   // 30 s after the kill is later than the recovery
        Assert.Equal((0.0, 60.0, 120, 2.0), (r.Before.From, r.Before.To, r.Before.Assignments, r.Before.PerSecond));
        Assert.Equal((90.0, 150.0, 120, 2.0), (r.AfterRecovery!.From, r.AfterRecovery.To, r.AfterRecovery.Assignments, r.AfterRecovery.PerSecond));
    }

    [Fact]
    public void A_recovery_later_than_the_settle_time_starts_the_after_window()
    {
        var times = Every(1, 0, 60).Concat(Every(1, 100, 180));

        var r = RoutingGaps.Analyse(times, killAt: 60, arrivalsEnd: 180);

        Assert.Equal(40, r.LongestGapAfterKill.Seconds, 6);
        Assert.Equal((100.0, 100.0), (r.RecoveredAt!.Value, r.SettledAt!.Value));
        Assert.Equal((100.0, 160.0, 60), (r.AfterRecovery!.From, r.AfterRecovery.To, r.AfterRecovery.Assignments));
    }

    [Fact]
    public void Without_any_assignment_after_the_kill_the_gap_runs_to_the_end_of_the_arrivals_and_there_is_no_recovery()
    {
        var r = RoutingGaps.Analyse(Every(1, 0, 60), killAt: 60, arrivalsEnd: 180);

        Assert.Equal((60.0, 180.0, false), (r.LongestGapAfterKill.From, r.LongestGapAfterKill.To, r.LongestGapAfterKill.EndedByAssignment));
        Assert.Null(r.FirstAssignmentAfterKillSeconds);
        Assert.Null(r.RecoveredAt);
        Assert.Null(r.AfterRecovery);
    }

    [Fact]
    public void Routing_that_comes_back_only_after_the_arrivals_ended_recovers_there_with_no_after_window()
    {
        var times = Every(1, 0, 60).Append(185).Append(186);

        var r = RoutingGaps.Analyse(times, killAt: 60, arrivalsEnd: 180);

        Assert.Equal(120, r.LongestGapAfterKill.Seconds, 6);
        Assert.False(r.LongestGapAfterKill.EndedByAssignment);
        Assert.Equal(125, r.FirstAssignmentAfterKillSeconds!.Value, 6);
        Assert.Equal(185, r.RecoveredAt);
        Assert.Null(r.AfterRecovery);
    }

    [Fact]
    public void A_gap_no_longer_than_the_minute_before_is_noise_and_recovery_is_the_first_answer_after_the_kill()
    {
        // Before the kill: every second, with one 4 s hole. After: 2 s after the kill, every second, with one 3 s hole at 120.
        var before = Every(1, 0, 41).Concat(Every(1, 44, 60));
        var after = Every(1, 62, 121).Concat(Every(1, 123, 180));

        var r = RoutingGaps.Analyse(before.Concat(after), killAt: 60, arrivalsEnd: 180);

        Assert.Equal(4, r.LongestGapBeforeKill!.Seconds, 6);
        Assert.Equal(3, r.LongestGapAfterKill.Seconds, 6);
        Assert.Equal(62, r.RecoveredAt);
        Assert.Equal(2, r.FirstAssignmentAfterKillSeconds!.Value, 6);
    }

    [Fact]
    public void The_before_window_is_the_minute_before_the_kill_or_less_when_the_kill_is_early()
    {
        var r = RoutingGaps.Analyse(Every(0.25, 0, 180), killAt: 20, arrivalsEnd: 180);

        Assert.Equal((0.0, 20.0, 80, 4.0), (r.Before.From, r.Before.To, r.Before.Assignments, r.Before.PerSecond));
    }

    [Fact]
    public void Assignments_are_binned_per_whole_second_and_out_of_range_ones_are_ignored() =>
        Assert.Equal([2, 0, 1], RoutingGaps.PerSecond([0.1, 0.9, 2.5, 3.0, -1], 3));
}
