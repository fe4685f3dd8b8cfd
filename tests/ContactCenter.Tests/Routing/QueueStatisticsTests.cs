using ContactCenter.Grains.Routing.Router;

namespace ContactCenter.Tests.Routing;

public sealed class QueueStatisticsTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ServiceLevelTarget Target = new(80, 20);

    [Fact]
    public void The_last_15_minutes_forget_older_answers_while_today_keeps_them()
    {
        var stats = new QueueStatistics();
        stats.Record(Nine, s => s.AnsweredAfter(60, Target));
        stats.Record(Nine.AddMinutes(10), s => s.AnsweredAfter(5, Target));
        Assert.Equal(50, stats.Recent(Nine.AddMinutes(10)).ServiceLevelPercent);
        Assert.Equal(100, stats.Recent(Nine.AddMinutes(16)).ServiceLevelPercent);
        Assert.Equal(1, stats.Recent(Nine.AddMinutes(16)).Answered);
        Assert.Equal(2, stats.Today(Nine.AddMinutes(16)).Answered);
    }

    [Fact]
    public void Today_starts_again_at_midnight_utc()
    {
        var stats = new QueueStatistics();
        stats.Record(Nine, s => s.Arrived());
        var tomorrow = Nine.AddDays(1).Date;
        Assert.Equal(0, stats.Today(new DateTimeOffset(tomorrow, TimeSpan.Zero)).Arrivals);
        stats.Record(new DateTimeOffset(tomorrow, TimeSpan.Zero).AddMinutes(1), s => s.Arrived());
        Assert.Equal(1, stats.Today(new DateTimeOffset(tomorrow, TimeSpan.Zero).AddMinutes(2)).Arrivals);
    }
}
