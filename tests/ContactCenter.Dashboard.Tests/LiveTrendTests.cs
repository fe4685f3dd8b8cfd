using ContactCenter.Dashboard.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests;

public sealed class LiveTrendTests
{
    [Fact]
    public async Task The_trend_keeps_one_hour_of_totals()
    {
        var time = new FakeTimeProvider(QueueTileViewTests.Now);
        var feed = new LiveFeed(null!, NullLogger<LiveFeed>.Instance);
        var trend = new LiveTrend(feed, time);
        await feed.OnLive(new LiveBatch([QueueTileViewTests.Queue(answeredWithin: 8, waiting: 3, oldestSecondsAgo: 5)], [], time.GetUtcNow()));

        trend.Sample();
        time.Advance(TimeSpan.FromMinutes(30));
        await feed.OnLive(new LiveBatch([QueueTileViewTests.Queue(answeredWithin: 10, waiting: 1, oldestSecondsAgo: 5)], [], time.GetUtcNow()));
        trend.Sample();
        Assert.Equal([(80.0, 3), (100.0, 1)], trend.Points.Select(p => (p.ServiceLevelPercent, p.Waiting)));

        time.Advance(TimeSpan.FromMinutes(31));
        trend.Sample();
        Assert.Equal([1, 1], trend.Points.Select(p => p.Waiting));
    }
}
