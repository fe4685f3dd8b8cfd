using System.Text.RegularExpressions;
using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>The knowledge base in a real Chromium: a supervisor writes, approves and publishes an article, then finds it by search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgeTests(LiveDashboard dashboard)
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_supervisor_creates_approves_and_publishes_an_article_and_finds_it_by_search()
    {
        var word = "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8)) + "x";
        var page = await dashboard.SignedInPage("supervisor", "/knowledge");
        await page.Locator("[data-testid=knowledge-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });

        await page.ClickAsync("[data-testid=article-new]");
        await page.Locator("input[data-testid=article-title-input]").FillAsync($"Pair the {word} remote");
        await page.Locator("textarea[data-testid=article-body-input]").FillAsync($"Hold **OK** and **Back** for 5 seconds.\n\n<script>alert(1)</script>\n\n[help](javascript:alert(2))");
        await page.Locator("input[data-testid=article-tags-input]").FillAsync("tv, remote");
        await Assertions.Expect(page.Locator("[data-testid=article-preview] strong").First).ToHaveTextAsync("OK", Soon);
        Assert.Equal(0, await page.Locator("[data-testid=article-preview] script").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=article-preview] a[href^='javascript']").CountAsync());
        await page.ClickAsync("[data-testid=article-save]");

        await page.WaitForURLAsync(new Regex("/knowledge/articles/kb-[a-z2-7]{10}$"), new() { Timeout = 15_000 });
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await page.Locator("[data-testid=article-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await Assertions.Expect(page.Locator("[data-testid=article-status]")).ToHaveTextAsync("Draft", Soon);
        await page.ClickAsync("[data-testid=article-approve]");
        await Assertions.Expect(page.Locator("[data-testid=article-status]")).ToHaveTextAsync("Approved", Soon);
        await page.ClickAsync("[data-testid=article-publish]");
        await Assertions.Expect(page.Locator("[data-testid=article-status]")).ToHaveTextAsync("Published", Soon);
        await Assertions.Expect(page.Locator("[data-testid=article-step]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=article-step]").First).ToContainTextAsync("Published by supervisor");

        await page.GotoAsync($"{dashboard.BaseUrl}/knowledge");
        await page.Locator("[data-testid=knowledge-live]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await page.Locator("input[data-testid=knowledge-search-input]").FillAsync($"{word} remote");
        await page.Keyboard.PressAsync("Enter");
        var hit = page.Locator($"[data-testid=knowledge-hit][data-article={id}]");
        await Assertions.Expect(hit).ToContainTextAsync($"Pair the {word} remote", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "knowledge-search.png"), FullPage = true });

        var article = await dashboard.Grains.GetGrain<IKnowledgeArticleGrain>(id).Get();
        Assert.Equal([("supervisor", ArticleStatus.Draft), ("supervisor", ArticleStatus.Approved), ("supervisor", ArticleStatus.Published)],
            article.Steps.Select(s => (s.By, s.To)));
    }
}
