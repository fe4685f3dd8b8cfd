using System.Net;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Dashboard.Tests;

public sealed class SignInTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private HttpClient NewBrowser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> SignIn(HttpClient browser, string user, string password, string returnUrl = "/") =>
        LoginForm.SignInAsync(browser, user, password, returnUrl);

    [Theory]
    [InlineData("/")]
    [InlineData("/wallboard")]
    [InlineData("/agent")]
    [InlineData("/agents")]
    [InlineData("/queues/billing")]
    [InlineData("/interactions/x")]
    public async Task Pages_without_a_user_redirect_to_sign_in(string path)
    {
        var response = await NewBrowser().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_supervisor_signs_in_and_sees_the_wallboard()
    {
        var browser = NewBrowser();
        var signIn = await SignIn(browser, "supervisor", "test-pass", "/wallboard");
        Assert.Equal("/wallboard", signIn.Headers.Location!.OriginalString);
        var wallboard = await browser.GetAsync("/wallboard");
        Assert.Equal(HttpStatusCode.OK, wallboard.StatusCode);
        Assert.Contains("Queues", await wallboard.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/wallboard")]
    [InlineData("/agents")]
    [InlineData("/queues/billing")]
    [InlineData("/interactions/x")]
    public async Task An_agent_is_refused_every_supervisor_page(string path)
    {
        var browser = NewBrowser();
        await SignIn(browser, "agent-064", "test-pass");
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("analyst")]
    public async Task Only_agents_may_open_the_agent_console(string user)
    {
        var browser = NewBrowser();
        await SignIn(browser, user, "test-pass");
        var response = await browser.GetAsync("/agent");
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_analyst_is_refused_the_supervisor_wallboard()
    {
        var browser = NewBrowser();
        await SignIn(browser, "analyst", "test-pass");
        Assert.StartsWith("/denied", (await browser.GetAsync("/wallboard")).Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("supervisor", "wrong")]
    [InlineData("nobody", "test-pass")]
    public async Task A_wrong_password_or_unknown_user_is_refused_without_saying_which(string user, string password)
    {
        var browser = NewBrowser();
        var response = await SignIn(browser, user, password, "/wallboard");
        Assert.StartsWith("/login?error=1", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/wallboard")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task Sign_in_never_redirects_off_site(string returnUrl)
    {
        var response = await SignIn(NewBrowser(), "supervisor", "test-pass", returnUrl);
        Assert.Equal("/wallboard", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/wallboard\r\nX-Injected: 1")]
    [InlineData("/agents\u0001")]
    [InlineData("/\u007f")]
    public async Task A_return_url_with_control_characters_lands_on_the_role_page_not_an_error(string returnUrl)
    {
        var response = await SignIn(NewBrowser(), "supervisor", "test-pass", System.Text.RegularExpressions.Regex.Unescape(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wallboard", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("agent-062", "/agent")]
    [InlineData("supervisor", "/wallboard")]
    [InlineData("admin", "/wallboard")]
    [InlineData("analyst", "/analyst/at-risk")]
    public async Task Each_role_lands_on_its_own_page_when_no_page_was_asked_for(string user, string landing)
    {
        var browser = NewBrowser();
        Assert.Equal(landing, (await SignIn(browser, user, "test-pass", "/")).Headers.Location!.OriginalString);
        // The role may open it (no simulation here, so an agent's own grain is not seeded: its console says so).
        Assert.DoesNotContain("/denied", (await browser.GetAsync(landing)).Headers.Location?.OriginalString ?? "");
    }

    [Fact]
    public async Task A_page_asked_for_wins_over_the_role_page()
    {
        var response = await SignIn(NewBrowser(), "admin", "test-pass", "/analyst/model");
        Assert.Equal("/analyst/model", response.Headers.Location!.OriginalString);
    }

}
