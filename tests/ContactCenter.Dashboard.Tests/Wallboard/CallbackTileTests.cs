using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Tests.Wallboard;

public sealed class CallbackTileTests
{
    [Fact]
    public void A_tile_shows_its_queues_scheduled_and_overdue_callbacks_and_the_totals_tile_sums_them()
    {
        var billing = QueueTileViewTests.Queue() with { ScheduledCallbacks = 3, OverdueCallbacks = 1 };
        var sales = QueueTileViewTests.Queue() with { QueueId = "sales", Name = "Sales", ScheduledCallbacks = 2, OverdueCallbacks = 4 };
        var tile = QueueTileView.From(billing, [], QueueTileViewTests.Now);
        Assert.Equal((3, 1), (tile.ScheduledCallbacks, tile.OverdueCallbacks));
        var totals = QueueTileView.Totals([billing, sales], [], QueueTileViewTests.Now);
        Assert.Equal((5, 5), (totals.ScheduledCallbacks, totals.OverdueCallbacks));
    }
}
