using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Tests;

public sealed class QueueTileViewTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The last 15 minutes as given; today always a healthy 95%, so colours must follow the recent window.</summary>
    internal static QueueLive Queue(int answeredWithin = 9, int answered = 10, int waiting = 0, double oldestSecondsAgo = 0) => new(
        "billing", "Billing", waiting, waiting > 0 ? Now.AddSeconds(-oldestSecondsAgo) : null, 1, 80, 20, 300,
        QueueStats.Zero with { Arrivals = 100, Answered = 100, AnsweredWithinThreshold = 95 },
        QueueStats.Zero with { Arrivals = answered, Answered = answered, AnsweredWithinThreshold = answeredWithin });

    internal static AgentLive Agent(string id, AgentPresence presence, string queues = "billing") =>
        new(id, id, "A", presence, null, Now, null, 0, 0, 0, "billing:5", queues);

    [Fact]
    public void A_queue_on_target_with_short_waits_is_green()
    {
        var tile = QueueTileView.From(Queue(answeredWithin: 9), [], Now);
        Assert.Equal((TileStatus.Green, 90, 95), (tile.Status, tile.ServiceLevelPercent, tile.ServiceLevelTodayPercent));
    }

    [Fact]
    public void Service_level_below_target_is_red_and_says_why()
    {
        var tile = QueueTileView.From(Queue(answeredWithin: 7), [], Now);
        Assert.Equal(TileStatus.Red, tile.Status);
        Assert.Contains("below the 80% target", tile.Why);
    }

    [Theory]
    [InlineData(8, 0, TileStatus.Amber)]
    [InlineData(10, 200, TileStatus.Amber)]
    [InlineData(10, 280, TileStatus.Red)]
    public void Closeness_to_target_or_to_the_maximum_wait_colours_the_tile(int within, double oldest, TileStatus expected)
    {
        var staffed = new[] { Agent("a", AgentPresence.Busy) };
        Assert.Equal(expected, QueueTileView.From(Queue(answeredWithin: within, waiting: 1, oldestSecondsAgo: oldest), staffed, Now).Status);
    }

    [Fact]
    public void Agent_counts_and_occupancy_cover_only_agents_serving_the_queue()
    {
        AgentLive[] agents =
        [
            Agent("a", AgentPresence.Ready), Agent("b", AgentPresence.Busy), Agent("c", AgentPresence.WrapUp),
            Agent("d", AgentPresence.NotReady), Agent("e", AgentPresence.Busy, "sales"), Agent("f", AgentPresence.LoggedOut),
        ];
        var tile = QueueTileView.From(Queue(), agents, Now);
        Assert.Equal((1, 1, 1, 1), (tile.Ready, tile.Busy, tile.WrapUp, tile.NotReady));
        Assert.Equal(100.0 * 2 / 3, tile.OccupancyPercent, 6);
        Assert.Equal(0, QueueTileView.From(Queue(waiting: 1, oldestSecondsAgo: 42), [], Now).OccupancyPercent);
        Assert.Equal(42, QueueTileView.From(Queue(waiting: 1, oldestSecondsAgo: 42), [], Now).LongestWaitSeconds);
    }

    [Fact]
    public void The_totals_tile_adds_up_every_queue()
    {
        var a = Queue(answeredWithin: 10, answered: 10, waiting: 2, oldestSecondsAgo: 30);
        var b = Queue(answeredWithin: 5, answered: 10, waiting: 3, oldestSecondsAgo: 90) with { QueueId = "sales", Name = "Sales" };
        var totals = QueueTileView.Totals([a, b], [Agent("x", AgentPresence.Busy), Agent("y", AgentPresence.Ready, "sales")], Now);
        Assert.Equal((5, 90.0, 75.0), (totals.Waiting, totals.LongestWaitSeconds, totals.ServiceLevelPercent));
        Assert.Equal((1, 1), (totals.Ready, totals.Busy));
        Assert.Equal(TileStatus.Red, totals.Status);
    }
}
