using System.Net;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>The security headers on every kind of response, and HSTS and secure cookies only over HTTPS.</summary>
public sealed class SecurityHeaderTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private HttpClient Browser(string baseAddress = "http://localhost") => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress),
    });

    [Theory]
    [InlineData("/login", HttpStatusCode.OK)]                // a page
    [InlineData("/api/agents", HttpStatusCode.Unauthorized)] // the API
    [InlineData("/favicon.svg", HttpStatusCode.OK)]          // a static file
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]   // an error
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        var response = await Browser().GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_404_with_a_link_home()
    {
        var response = await Browser().GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("<title>Page not found · Contact Center</title>", html);
        Assert.Contains("/no/such/page", html);
        Assert.Contains("data-testid=\"go-home\"", html);
    }

    [Fact]
    public async Task An_unknown_api_path_stays_a_bare_404()
    {
        var response = await Browser().GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Over_https_responses_carry_hsts_and_cookies_are_secure()
    {
        var browser = Browser("https://dashboard.example");
        var login = await browser.GetAsync("/login");
        Assert.Equal("max-age=31536000", Assert.Single(login.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var signIn = await LoginForm.SignInAsync(browser, "supervisor", "test-pass");
        var auth = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cc.auth="));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_http_cookies_are_not_marked_secure()
    {
        var browser = Browser();
        var signIn = await LoginForm.SignInAsync(browser, "supervisor", "test-pass");
        var auth = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cc.auth="));
        Assert.DoesNotContain("secure", auth, StringComparison.OrdinalIgnoreCase);
    }
}
