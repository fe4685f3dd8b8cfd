using System.Text.Json;
using ContactCenter.Contracts;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// The sign-in page, the app bar, the 404 page and the Content-Security-Policy in a real Chromium: what a
/// person sees, at desktop and at phone width. Screenshots go to the artifacts folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityAndLayoutTests(LiveDashboard dashboard)
{
    private const int PhoneWidth = 390;

    /// <summary>Records CSP violations (the DOM event and Chromium's console report) from the first byte of every page.</summary>
    private static async Task<(IPage Page, List<string> Violations)> NewPage(IBrowser browser, int width = 1400, int height = 900)
    {
        var page = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } })).NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(message.Text);
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        return (page, violations);
    }

    private async Task SignIn(IPage page, string user, string? returnUrl = null)
    {
        await page.GotoAsync($"{dashboard.BaseUrl}/login" + (returnUrl is null ? "" : $"?ReturnUrl={Uri.EscapeDataString(returnUrl)}"));
        await page.FillAsync("[data-testid=user]", user);
        await page.FillAsync("[data-testid=password]", LiveDashboard.Password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(url => !url.Contains("/login"));
    }

    [Fact]
    public async Task Sign_in_fields_are_visible_labelled_and_work_from_the_keyboard()
    {
        var (page, violations) = await NewPage(dashboard.Browser);
        await page.GotoAsync($"{dashboard.BaseUrl}/login");
        foreach (var field in new[] { "user", "password" })
        {
            var box = page.Locator($"[data-testid={field}]");
            var style = JsonDocument.Parse(await box.EvaluateAsync<string>(
                "e => { const s = getComputedStyle(e); return JSON.stringify({ border: parseFloat(s.borderTopWidth), style: s.borderTopStyle, width: e.getBoundingClientRect().width, height: e.getBoundingClientRect().height }); }")).RootElement;
            Assert.True(style.GetProperty("border").GetDouble() >= 1, $"{field} has a visible border");
            Assert.Equal("solid", style.GetProperty("style").GetString());
            Assert.True(style.GetProperty("width").GetDouble() > 250 && style.GetProperty("height").GetDouble() >= 36, $"{field} is a comfortable size");
        }
        await Assertions.Expect(page.GetByLabel("User name")).ToHaveAttributeAsync("data-testid", "user");
        await Assertions.Expect(page.GetByLabel("Password")).ToHaveAttributeAsync("data-testid", "password");
        await Assertions.Expect(page.Locator("[data-testid=user]")).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "login.png") });

        // Keyboard only: type, Tab, type, Enter; an analyst lands on the at-risk list.
        await page.Keyboard.TypeAsync("analyst");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=password]")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(LiveDashboard.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/analyst/at-risk"));
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("agent-063", "/agent")]
    [InlineData("supervisor", "/wallboard")]
    [InlineData("analyst", "/analyst/at-risk")]
    public async Task Each_role_lands_on_its_page_after_sign_in(string user, string landing)
    {
        var (page, _) = await NewPage(dashboard.Browser);
        await SignIn(page, user);
        Assert.Equal($"{dashboard.BaseUrl}{landing}", page.Url);
    }

    [Fact]
    public async Task Five_failures_show_how_long_to_wait_on_the_sign_in_page()
    {
        var (page, _) = await NewPage(dashboard.Browser);
        var user = $"nobody-{Guid.NewGuid():N}"[..15];
        for (var i = 0; i < 5; i++)
        {
            await page.GotoAsync($"{dashboard.BaseUrl}/login");
            await page.FillAsync("[data-testid=user]", user);
            await page.FillAsync("[data-testid=password]", "wrong");
            await page.ClickAsync("[data-testid=sign-in]");
            await page.WaitForURLAsync(url => url.Contains("error="));
        }
        await Assertions.Expect(page.Locator("[data-testid=login-locked]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Too many failed sign-ins\. Try again in \d+ (minutes|minute|seconds)\."));
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "login-locked.png") });
    }

    [Fact]
    public async Task An_unknown_address_shows_a_friendly_page_with_a_way_home()
    {
        var (page, violations) = await NewPage(dashboard.Browser);
        await SignIn(page, "supervisor", "/wallboard");
        var response = await page.GotoAsync($"{dashboard.BaseUrl}/no-such-page");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("[data-testid=not-found]")).ToContainTextAsync("Page not found");
        Assert.Equal("Page not found · Contact Center", await page.TitleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "not-found.png") });
        await page.ClickAsync("[data-testid=go-home]");
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_app_bar_folds_into_a_menu_at_phone_width_without_sideways_scrolling()
    {
        var (page, violations) = await NewPage(dashboard.Browser, PhoneWidth, 844);
        await SignIn(page, "admin", "/");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scroll at 390 px");
        await Assertions.Expect(page.Locator("nav.cc-nav-wide")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=user-name]")).ToBeHiddenAsync();

        await page.ClickAsync("[data-testid=nav-menu] summary");
        foreach (var link in new[] { "nav-wallboard", "nav-agents", "nav-cases", "link-at-risk", "link-model", "link-orleans" })
            await Assertions.Expect(page.Locator($"[data-testid=menu-{link}]")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the open menu fits too");
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "appbar-390-menu.png") });
        await page.ClickAsync("[data-testid=menu-nav-agents]");
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/agents");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_app_bar_shows_each_roles_pages_inline_on_a_wide_screen()
    {
        var (page, _) = await NewPage(dashboard.Browser);
        await SignIn(page, "supervisor", "/");
        await Assertions.Expect(page.Locator("[data-testid=nav-menu]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("nav.cc-nav-wide [data-testid=nav-wallboard]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.cc-nav-wide [data-testid=nav-agents]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.cc-nav-wide [data-testid=link-at-risk]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "appbar-wide.png") });
    }

    [Fact]
    public async Task The_orleans_dashboard_runs_under_the_content_security_policy_without_violations()
    {
        var (page, violations) = await NewPage(dashboard.Browser);
        await SignIn(page, "admin", "/");
        var response = await page.GotoAsync($"{dashboard.BaseUrl}/orleans/");
        Assert.Equal(200, response!.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveDashboard.Artifacts, "orleans-dashboard.png") });
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("supervisor", "/wallboard", ".mud-main-content")]
    [InlineData("supervisor", "/agents", "[data-testid=board-live]")]
    [InlineData("analyst", "/analyst/model", "[data-testid=model-live]")]
    [InlineData("agent-063", "/agent", "[data-testid=console-live]")]
    [InlineData("supervisor", "/knowledge", "[data-testid=knowledge-live]")]
    [InlineData("analyst", "/knowledge/insights", "[data-testid=insights-live]")]
    public async Task Interactive_pages_run_under_the_content_security_policy_without_violations(string user, string path, string live)
    {
        await dashboard.Grains.GetGrain<IAgentGrain>("agent-063").Configure(
            new AgentProfile("agent-063", "Csp Tester", "Delta", [new SkillLevel("csp", 5)], ChannelCapacity.Default));
        var (page, violations) = await NewPage(dashboard.Browser);
        var circuit = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => { if (socket.Url.Contains("/_blazor")) circuit.TrySetResult(socket.Url); };
        await SignIn(page, user, path);
        Assert.StartsWith("ws://", await circuit.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        await page.Locator(live).First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var csp = (await page.EvaluateAsync<string>("async () => (await fetch(location.href)).headers.get('content-security-policy')"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Empty(violations);
    }
}
