using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>The wallboard as a supervisor uses it: their own queues in their own order, a wall TV, a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallboardChoiceTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    /// <summary>"admin" is a supervisor too; its choice never hides the queues other tests look for as "supervisor".</summary>
    private const string User = "admin";

    private IUserPreferencesGrain Preferences => dashboard.Grains.GetGrain<IUserPreferencesGrain>(User);

    [Fact]
    public async Task A_supervisor_chooses_and_orders_queues_with_the_keyboard_and_finds_them_kept_after_a_reload()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var (a, b, c) = ($"e2e-{run}-a", $"e2e-{run}-b", $"e2e-{run}-c");
        foreach (var (id, name) in new[] { (a, $"E2E Choice {run} A"), (b, $"E2E Choice {run} B"), (c, $"E2E Choice {run} C") })
            await dashboard.Grains.GetGrain<IQueueGrain>(id).Configure(new QueueConfig(id, name,
                [new SkillRequirement($"skill-{id}", 1)], new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default));
        await Preferences.ResetWallboard();
        try
        {
            var page = await Live(await dashboard.SignedInPage(User, "/wallboard"));
            await Assertions.Expect(page.Locator($"[data-testid=tile-{c}]")).ToBeVisibleAsync(Soon);
            Assert.Equal([a, b, c], await TileOrder(page, a, b, c));

            await page.ClickAsync("[data-testid=choose-queues]");
            var toggleB = page.Locator($"[data-testid=choose-{b}] input[type=checkbox]");
            await toggleB.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(page.Locator($"[data-testid=tile-{b}]")).ToHaveCountAsync(0);
            var upC = page.Locator($"[data-testid=choose-{c}] [data-testid=up]");
            await upC.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator($"[data-testid=choose-{c}] + [data-testid=choose-{a}]")).ToHaveCountAsync(1);
            Assert.Equal([c, a], await TileOrder(page, a, b, c));
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "wallboard-choose.png"), FullPage = true });

            await page.ReloadAsync();
            await Live(page);
            await Assertions.Expect(page.Locator($"[data-testid=tile-{a}]")).ToBeVisibleAsync(Soon);
            Assert.Equal([c, a], await TileOrder(page, a, b, c));
            var kept = (await Preferences.GetWallboard()).QueueIds!.ToList();
            Assert.True(kept.IndexOf(c) < kept.IndexOf(a) && !kept.Contains(b), string.Join(",", kept));
        }
        finally { await Preferences.ResetWallboard(); }
    }

    [Fact]
    public async Task The_big_screen_fits_a_1080p_wall_tv_without_scrolling()
    {
        await WallboardDemo.Seed(dashboard.Grains);
        await Preferences.ChooseWallboardQueues(WallboardDemo.QueueIds);
        try
        {
            var page = await dashboard.SignedInPage(User, "/wallboard?big=1");
            await page.SetViewportSizeAsync(1920, 1080);
            await Live(page);
            await Assertions.Expect(page.Locator("[data-testid=tile-email-care]")).ToHaveAttributeAsync("data-unstaffed", "true", new() { Timeout = 15_000 });
            // The chosen queues, the totals and the cases tile.
            Assert.Equal(WallboardDemo.QueueIds.Count + 2, await page.Locator("[data-testid^=tile-]").CountAsync());
            await Assertions.Expect(page.Locator("[data-testid=tile-cases]")).ToBeInViewportAsync(new() { Ratio = 1 });
            await AssertNoScroll(page, vertical: true);
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "wallboard-big.png") });

            await Preferences.ResetWallboard();
            await page.ReloadAsync();
            await Live(page);
            await Assertions.Expect(page.Locator("[data-testid=tile-billing]")).ToBeVisibleAsync(Soon);
            await AssertNoScroll(page, vertical: true);
            await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "wallboard-big-every-queue.png") });
        }
        finally { await Preferences.ResetWallboard(); }
    }

    [Fact]
    public async Task The_wallboard_fits_a_390_pixel_phone_without_sideways_scrolling()
    {
        await WallboardDemo.Seed(dashboard.Grains);
        var page = await dashboard.SignedInPage(User, "/wallboard");
        await page.SetViewportSizeAsync(390, 844);
        await Live(page);
        await Assertions.Expect(page.Locator("[data-testid=tile-billing]")).ToBeVisibleAsync(Soon);
        await AssertNoScroll(page, vertical: false);
        await page.ClickAsync("[data-testid=choose-queues]");
        await Assertions.Expect(page.Locator("[data-testid=queue-chooser]")).ToBeVisibleAsync(Soon);
        await AssertNoScroll(page, vertical: false);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "wallboard-390.png"), FullPage = true });
    }

    /// <summary>Waits for the interactive circuit, so clicks reach the server.</summary>
    private static async Task<IPage> Live(IPage page)
    {
        await page.Locator("[data-testid=wallboard][data-live=true]").WaitForAsync(new() { Timeout = 15_000 });
        return page;
    }

    private static async Task<string[]> TileOrder(IPage page, params string[] among)
    {
        var ids = await page.Locator("[data-testid^=tile-]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid.substring(5))");
        return ids.Where(among.Contains).ToArray();
    }

    private static async Task AssertNoScroll(IPage page, bool vertical)
    {
        var size = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.scrollHeight, window.innerHeight]");
        Assert.True(size[0] <= size[1], $"scrollWidth {size[0]} > innerWidth {size[1]}");
        if (vertical) Assert.True(size[2] <= size[3], $"scrollHeight {size[2]} > innerHeight {size[3]}");
    }
}
