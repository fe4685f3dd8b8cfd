using Microsoft.Playwright;

namespace ContactCenter.Load.PushLatency;

/// <summary>
/// One signed-in wallboard page that notes, in the browser, the wall-clock time at which each waiting
/// count of the probe queue first appeared in its DOM.
/// </summary>
internal sealed class WallboardWatcher(IPage page)
{
    private const string Record = """
        (selector) => {
          window.__seen = {};
          const note = () => {
            const el = document.querySelector(selector);
            if (!el) return;
            const value = el.textContent.trim();
            if (!(value in window.__seen)) window.__seen[value] = Date.now();
          };
          note();
          new MutationObserver(note).observe(document.body, { childList: true, characterData: true, subtree: true });
        }
        """;

    public static async Task<WallboardWatcher> OpenAsync(IBrowser browser, PushLatencyOptions options, string queueId)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(options.Url, "/login?ReturnUrl=%2Fwallboard").ToString());
        await page.FillAsync("[data-testid=user]", options.User);
        await page.FillAsync("[data-testid=password]", options.Password);
        await page.ClickAsync("[data-testid=sign-in]");
        var selector = $"[data-testid=tile-{queueId}] [data-testid=waiting]";
        await page.Locator(selector).WaitForAsync(new() { Timeout = 30_000 });
        await page.EvaluateAsync(Record, selector);
        return new WallboardWatcher(page);
    }

    public Task<Dictionary<string, long>> SeenAsync() => page.EvaluateAsync<Dictionary<string, long>>("() => window.__seen");
}
