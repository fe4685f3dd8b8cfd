using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Tests.Wallboard;

public sealed class TileStatusTests
{
    private static readonly DateTimeOffset Now = QueueTileViewTests.Now;

    [Fact]
    public void Callers_waiting_with_no_agent_working_the_queue_is_red_and_unstaffed_even_at_100_percent()
    {
        var queue = QueueTileViewTests.Queue(answeredWithin: 0, answered: 0, waiting: 4, oldestSecondsAgo: 5);
        Assert.Equal(100, queue.Last15Minutes.ServiceLevelPercent);
        var tile = QueueTileView.From(queue, [QueueTileViewTests.Agent("a", AgentPresence.NotReady), QueueTileViewTests.Agent("b", AgentPresence.LoggedOut)], Now);
        Assert.Equal((TileStatus.Red, true, "Unstaffed"), (tile.Status, tile.Unstaffed, tile.Headline));
        Assert.StartsWith("unstaffed", tile.Why);
        Assert.DoesNotContain("on target", tile.Why, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_queue_nobody_works_with_nobody_waiting_is_not_unstaffed()
    {
        var tile = QueueTileView.From(QueueTileViewTests.Queue(answeredWithin: 0, answered: 0), [], Now);
        Assert.Equal((TileStatus.Green, false, "Quiet", false), (tile.Status, tile.Unstaffed, tile.Headline, tile.ServiceLevelMeasured));
    }

    [Theory]
    [InlineData(AgentPresence.Ready)]
    [InlineData(AgentPresence.Busy)]
    [InlineData(AgentPresence.WrapUp)]
    public void One_agent_working_the_queue_staffs_it(AgentPresence presence)
    {
        var tile = QueueTileView.From(QueueTileViewTests.Queue(waiting: 2, oldestSecondsAgo: 5), [QueueTileViewTests.Agent("a", presence)], Now);
        Assert.False(tile.Unstaffed);
        Assert.Equal("On target", tile.Headline);
    }

    [Fact]
    public void An_agent_of_another_queue_does_not_staff_this_one()
    {
        var tile = QueueTileView.From(QueueTileViewTests.Queue(waiting: 1, oldestSecondsAgo: 5), [QueueTileViewTests.Agent("a", AgentPresence.Ready, "sales")], Now);
        Assert.True(tile.Unstaffed);
    }

    [Fact]
    public void The_totals_tile_is_unstaffed_only_when_the_whole_center_is()
    {
        var billing = QueueTileViewTests.Queue(waiting: 2, oldestSecondsAgo: 5);
        Assert.True(QueueTileView.Totals([billing], [], Now).Unstaffed);
        Assert.False(QueueTileView.Totals([billing], [QueueTileViewTests.Agent("a", AgentPresence.Ready, "sales")], Now).Unstaffed);
    }

    [Fact]
    public void Reasons_give_waits_in_readable_units()
    {
        var tile = QueueTileView.From(QueueTileViewTests.Queue(waiting: 1, oldestSecondsAgo: 280), [QueueTileViewTests.Agent("a", AgentPresence.Busy)], Now);
        Assert.Equal("Near max wait", tile.Headline);
        Assert.Equal("longest wait 4 min 40 s is near the 5 min maximum", tile.Why);
    }
}
