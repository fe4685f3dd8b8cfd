using Bunit;
using ContactCenter.Dashboard.Components.Wallboard;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests;

public sealed class QueueTileComponentTests : BunitContext
{
    public QueueTileComponentTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void The_tile_shows_the_waiting_count_and_carries_its_status()
    {
        var view = QueueTileView.From(QueueTileViewTests.Queue(answeredWithin: 5, waiting: 3, oldestSecondsAgo: 125), [], QueueTileViewTests.Now);
        var tile = Render<QueueTile>(p => p.Add(t => t.Tile, view));
        Assert.Equal("3", tile.Find("[data-testid=waiting]").TextContent);
        Assert.Equal("Red", tile.Find("[data-testid=tile-billing]").GetAttribute("data-status"));
        Assert.Equal("2 min 5 s", tile.Find("[data-testid=longest-wait]").TextContent);
        Assert.Equal("Unstaffed", tile.Find("[data-testid=headline]").TextContent);
        Assert.Contains("tile-red", tile.Find("[data-testid=tile-billing]").ClassName);
    }

    [Fact]
    public void An_unstaffed_tile_never_says_on_target_and_shows_no_service_level_without_calls()
    {
        var view = QueueTileView.From(QueueTileViewTests.Queue(answeredWithin: 0, answered: 0, waiting: 2, oldestSecondsAgo: 14_400), [], QueueTileViewTests.Now);
        var tile = Render<QueueTile>(p => p.Add(t => t.Tile, view).Add(t => t.Href, "/queues/billing"));
        Assert.Equal("–", tile.Find(".tile-sl").TextContent);
        Assert.Equal("true", tile.Find("[data-testid=tile-billing]").GetAttribute("data-unstaffed"));
        Assert.Equal("4 h", tile.Find("[data-testid=longest-wait]").TextContent);
        Assert.DoesNotContain("on target", tile.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/queues/billing", tile.Find(".tile-name a").GetAttribute("href"));
    }

    [Fact]
    public void The_big_number_is_the_service_level_and_a_staffed_queue_on_target_says_so_in_words()
    {
        var view = QueueTileView.From(QueueTileViewTests.Queue(waiting: 1, oldestSecondsAgo: 45), [QueueTileViewTests.Agent("a", AgentPresence.Busy)], QueueTileViewTests.Now);
        var tile = Render<QueueTile>(p => p.Add(t => t.Tile, view));
        Assert.Equal("On target", tile.Find("[data-testid=headline]").TextContent);
        Assert.Equal("90%", tile.Find(".tile-sl").TextContent);
        Assert.Equal("45 s", tile.Find("[data-testid=longest-wait]").TextContent);
        Assert.Empty(tile.FindAll(".tile-name a"));
    }
}
