using ContactCenter.Grains.Cases;

namespace ContactCenter.Tests.Cases;

/// <summary>The SLA stopwatch and state rules, pure.</summary>
public sealed class SlaRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);
    private static readonly CoverageClock Office = new(CoverageHours.Weekdays("UTC"));

    [Fact]
    public void A_pause_shifts_every_mark_by_the_covered_time_it_lasted()
    {
        var clock = SlaClock.StartedAt(Monday);
        Assert.Equal(Monday.AddHours(4), clock.When(Office, TimeSpan.FromHours(4)));
        var paused = clock.Stop(Office, Monday.AddHours(1));
        Assert.Null(paused.When(Office, TimeSpan.FromHours(4)));
        Assert.Equal(TimeSpan.FromHours(1), paused.Elapsed(Office, Monday.AddDays(1)));
        var resumed = paused.Start(Monday.AddDays(1));
        Assert.Equal(Monday.AddDays(1).AddHours(3), resumed.When(Office, TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_mark_reached_at_closing_time_falls_due_when_coverage_next_opens()
    {
        var friday = new DateTimeOffset(2026, 11, 13, 17, 30, 0, TimeSpan.Zero);
        var clock = SlaClock.StartedAt(friday);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero), clock.When(Office, TimeSpan.FromMinutes(30)));
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 8, 1, 0, TimeSpan.Zero), clock.When(Office, TimeSpan.FromMinutes(31)));
    }

    [Theory]
    [InlineData(CaseStatus.InProgress, false, false, false, 100, SlaState.OnTrack)]
    [InlineData(CaseStatus.InProgress, false, false, false, 193, SlaState.AtRisk)]
    [InlineData(CaseStatus.InProgress, false, false, true, 10, SlaState.AtRisk)]
    [InlineData(CaseStatus.PendingCustomer, false, false, false, 10, SlaState.Paused)]
    [InlineData(CaseStatus.PendingCustomer, true, false, false, 10, SlaState.Breached)]
    [InlineData(CaseStatus.Assigned, false, true, false, 300, SlaState.Breached)]
    [InlineData(CaseStatus.Resolved, true, false, false, 100, SlaState.Met)]
    [InlineData(CaseStatus.Closed, false, true, false, 300, SlaState.Breached)]
    public void The_sla_state_follows_breaches_pause_and_the_time_left(CaseStatus status, bool firstBreached, bool resolutionBreached, bool warned, int usedMinutes, SlaState expected) =>
        Assert.Equal(expected, SlaRules.StateOf(status, firstBreached, resolutionBreached, warned, TimeSpan.FromMinutes(usedMinutes), TimeSpan.FromMinutes(240)));

    [Fact]
    public void The_next_mark_is_the_earliest_still_to_come_and_the_at_risk_line_only_while_ahead()
    {
        TimeSpan M(int m) => TimeSpan.FromMinutes(m);
        Assert.Equal(M(30), SlaRules.NextMark(M(0), M(60), M(240), M(192), M(30)));
        Assert.Equal(M(240), SlaRules.NextMark(M(200), null, M(240), M(192), null));
        Assert.Null(SlaRules.NextMark(M(200), null, null, M(192), null));
    }
}
