using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Tests.Wallboard;

public sealed class WallboardSelectionTests
{
    private static readonly QueueLive[] Queues = [Q("sales", "Sales"), Q("billing", "Billing"), Q("tech", "Technical support")];

    private static QueueLive Q(string id, string name) => QueueTileViewTests.Queue() with { QueueId = id, Name = name };

    private static string[] Ids(IEnumerable<QueueLive> queues) => queues.Select(q => q.QueueId).ToArray();

    [Fact]
    public void Without_a_choice_every_queue_shows_by_name()
    {
        Assert.Equal(["billing", "sales", "tech"], Ids(WallboardSelection.Visible(Queues, null)));
    }

    [Fact]
    public void A_choice_shows_its_queues_in_its_order_and_skips_unknown_ones()
    {
        Assert.Equal(["tech", "billing"], Ids(WallboardSelection.Visible(Queues, ["tech", "gone", "billing"])));
    }

    [Fact]
    public void The_first_untick_turns_every_queue_into_an_explicit_list_without_it()
    {
        Assert.Equal(["billing", "tech"], WallboardSelection.Toggle(Queues, null, "sales"));
        Assert.Equal(["tech", "sales"], WallboardSelection.Toggle(Queues, ["tech"], "sales"));
    }

    [Fact]
    public void Moving_swaps_with_the_neighbour_and_stops_at_the_ends()
    {
        Assert.Equal(["sales", "billing", "tech"], WallboardSelection.Move(Queues, null, "sales", -1));
        Assert.Equal(["billing", "tech", "sales"], WallboardSelection.Move(Queues, null, "sales", 1));
        Assert.Equal(["billing", "sales", "tech"], WallboardSelection.Move(Queues, null, "billing", -1));
        Assert.Equal(["billing", "sales", "tech"], WallboardSelection.Move(Queues, null, "tech", 1));
    }

    [Fact]
    public void Panel_rows_list_shown_queues_in_order_then_hidden_ones_by_name()
    {
        var rows = WallboardSelection.Rows(Queues, ["tech", "sales"]);
        Assert.Equal(
            [new("tech", "Technical support", true, false, true), new("sales", "Sales", true, true, false), new QueueChoiceRow("billing", "Billing", false, false, false)],
            rows);
    }

    [Theory]
    [InlineData(10, 2, 5)]
    [InlineData(4, 1, 4)]
    [InlineData(26, 4, 7)]
    public void A_wall_tv_grid_has_rows_and_columns_for_every_cell(int cells, int rows, int columns)
    {
        var layout = WallLayout.For(cells, big: true);
        Assert.Equal((rows, columns), (layout.Rows, layout.Columns));
        Assert.True(layout.Rows * layout.Columns >= cells);
    }
}
