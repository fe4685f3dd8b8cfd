using ContactCenter.Load.Bench;

namespace ContactCenter.Load.Tests.Bench;

/// <summary>Open-loop arrivals are evenly spaced at the rate, whatever the system does.</summary>
public sealed class ArrivalScheduleTests
{
    [Theory]
    [InlineData(100, 3, 300)]
    [InlineData(1.5, 2, 3)]
    [InlineData(0.1, 1, 1)]
    [InlineData(33.3, 3, 100)]
    public void A_step_schedules_rate_times_seconds_arrivals_and_at_least_one(double rate, int seconds, int count) =>
        Assert.Equal(count, new ArrivalSchedule(rate, TimeSpan.FromSeconds(seconds)).Count);

    [Fact]
    public void Arrival_i_is_due_i_over_rate_seconds_after_the_start()
    {
        var schedule = new ArrivalSchedule(200, TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, schedule.DueAt(0));
        Assert.Equal(TimeSpan.FromMilliseconds(5), schedule.DueAt(1));
        Assert.Equal(TimeSpan.FromMilliseconds(995), schedule.DueAt(199));
    }
}
