using System.Net;
using ContactCenter.Dashboard.Auth;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>The sign-in form under the failure limits (3 per user, 6 per address here), with the limiter on a fake clock.</summary>
public sealed class SignInLockoutTests : IClassFixture<DashboardFactory>, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs _logs = new();
    private readonly WebApplicationFactory<Program> _factory;

    public SignInLockoutTests(DashboardFactory factory) => _factory = factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("SignIn:FailuresPerUser", "3");
        builder.UseSetting("SignIn:FailuresPerAddress", "6");
        builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        builder.ConfigureTestServices(services =>
            services.AddSingleton(sp => new SignInThrottle(sp.GetRequiredService<IOptions<SignInLimits>>(), _time)));
    });

    private HttpClient NewBrowser() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Three_failures_lock_the_user_with_the_wait_on_the_sign_in_page_until_the_window_ends()
    {
        var browser = NewBrowser();
        for (var i = 0; i < 2; i++)
            Assert.StartsWith("/login?error=1", (await LoginForm.SignInAsync(browser, "analyst", "wrong")).Headers.Location!.OriginalString);
        _time.Advance(TimeSpan.FromMinutes(3));
        var third = await LoginForm.SignInAsync(browser, "analyst", "wrong", "/analyst/model");
        Assert.Equal("/login?error=locked&wait=720&returnUrl=%2Fanalyst%2Fmodel", third.Headers.Location!.OriginalString);
        Assert.Equal(TimeSpan.FromSeconds(720), third.Headers.RetryAfter?.Delta);

        // Locked: even the right password is refused, and the page says how long to wait.
        var right = await LoginForm.SignInAsync(browser, "analyst", "test-pass");
        Assert.StartsWith("/login?error=locked&wait=720", right.Headers.Location!.OriginalString);
        var page = await browser.GetStringAsync(right.Headers.Location!.OriginalString);
        Assert.Contains("Too many failed sign-ins. Try again in 12 minutes.", page);

        _time.Advance(TimeSpan.FromMinutes(12));
        var after = await LoginForm.SignInAsync(browser, "analyst", "test-pass");
        Assert.Equal(Landing.Analyst, after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_locked_user_does_not_stop_another_user_from_signing_in()
    {
        var browser = NewBrowser();
        for (var i = 0; i < 3; i++) await LoginForm.SignInAsync(browser, "admin", "wrong");
        Assert.StartsWith("/login?error=locked", (await LoginForm.SignInAsync(browser, "admin", "test-pass")).Headers.Location!.OriginalString);
        Assert.Equal(Landing.Supervisor, (await LoginForm.SignInAsync(NewBrowser(), "supervisor", "test-pass")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_address_trying_many_names_is_locked_for_all_of_them()
    {
        // Test clients have no remote address; they all count as one ("unknown").
        var browser = NewBrowser();
        for (var i = 0; i < 5; i++) await LoginForm.SignInAsync(browser, $"nobody-{i}", "x");
        var sixth = await LoginForm.SignInAsync(browser, "nobody-5", "x");
        Assert.StartsWith("/login?error=locked", sixth.Headers.Location!.OriginalString);
        Assert.StartsWith("/login?error=locked", (await LoginForm.SignInAsync(browser, "agent-064", "test-pass")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_failure_is_logged_with_user_address_and_reason_and_never_the_password()
    {
        var browser = NewBrowser();
        await LoginForm.SignInAsync(browser, "agent-063", "s3cret-guess");
        await LoginForm.SignInAsync(browser, "ghost", "s3cret-guess");
        var refusals = _logs.Entries.Where(e => e.Category == typeof(SignInGuard).FullName).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.Equal(["agent-063", "ghost"], refusals.Select(e => e.Values["UserName"]));
        Assert.Equal([SignInFailure.WrongPassword, SignInFailure.UnknownUser], refusals.Select(e => e.Values["Reason"]));
        Assert.All(refusals, e => Assert.Equal("unknown", e.Values["Address"]));
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("s3cret-guess") || e.Values.Values.Any(v => $"{v}".Contains("s3cret-guess")));
    }

    public void Dispose() => _factory.Dispose();
}
