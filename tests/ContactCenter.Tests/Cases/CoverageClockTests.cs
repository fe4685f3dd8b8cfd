using ContactCenter.Grains.Cases;

namespace ContactCenter.Tests.Cases;

/// <summary>Business time under coverage calendars, without a cluster.</summary>
public sealed class CoverageClockTests
{
    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Business_time_skips_the_weekend()
    {
        var clock = new CoverageClock(CoverageHours.Weekdays("UTC"));
        // Friday 2026-11-06 17:00 + 2 business hours = Monday 09:00.
        Assert.Equal(Utc(11, 9, 9), clock.Add(Utc(11, 6, 17), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), clock.Between(Utc(11, 6, 17), Utc(11, 9, 9)));
        Assert.False(clock.IsOpen(Utc(11, 7, 12)));
    }

    [Fact]
    public void Business_time_skips_a_holiday()
    {
        var clock = new CoverageClock(CoverageHours.Weekdays("UTC") with { Holidays = [new DateOnly(2026, 11, 9)] });
        Assert.Equal(Utc(11, 10, 9), clock.Add(Utc(11, 6, 17), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.Zero, clock.Between(Utc(11, 9, 8), Utc(11, 9, 18)));
    }

    [Fact]
    public void A_daylight_saving_day_has_as_much_coverage_as_its_wall_clock()
    {
        var allDay = new CoverageHours("America/New_York",
            Enum.GetValues<DayOfWeek>().Select(d => new CoverageDay(d, "00:00", "24:00")).ToArray(), []);
        var clock = new CoverageClock(allDay);
        // Clocks spring forward on 2026-03-08 (midnight EST = 05:00 UTC; next midnight EDT = 04:00 UTC).
        Assert.Equal(TimeSpan.FromHours(23), clock.Between(Utc(3, 8, 5), Utc(3, 9, 4)));
        var office = new CoverageClock(CoverageHours.Weekdays("Europe/London"));
        // London office hours are 08:00 local: UTC in winter, 07:00 UTC after 2026-03-29.
        Assert.Equal(Utc(3, 27, 8, 30), office.Add(Utc(3, 27, 8), TimeSpan.FromMinutes(30)));
        Assert.Equal(Utc(3, 30, 7, 30), office.Add(Utc(3, 28, 12), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void Always_open_coverage_is_wall_time()
    {
        var clock = new CoverageClock(CoverageHours.AlwaysOpen);
        Assert.Equal(Utc(11, 8, 3, 15), clock.Add(Utc(11, 7, 22), TimeSpan.FromMinutes(315)));
        Assert.Equal(TimeSpan.FromHours(48), clock.Between(Utc(11, 7, 0), Utc(11, 9, 0)));
    }
}
