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
        Assert.Contains("2.1m", tile.Markup);
        Assert.Contains("tile-red", tile.Find("[data-testid=tile-billing]").ClassName);
    }
}
