using System.Net;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.E2E.Tests;

/// <summary>
/// The real dashboard on a real Kestrel port on loopback, with its embedded silo and no simulated
/// traffic, and one headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    public const string Password = "e2e-pass";
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly Factory _factory = new();
    private IPlaywright? _playwright;

    public string BaseUrl { get; } = $"http://127.0.0.1:{LoopbackPorts.Free()}";
    public IBrowser Browser { get; private set; } = null!;
    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, new Uri(BaseUrl).Port));
        _factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        Directory.CreateDirectory(Artifacts);
    }

    public async Task<IPage> SignedInPage(string user, string path)
    {
        var page = await (await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } })).NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/login?ReturnUrl={Uri.EscapeDataString(path)}");
        await page.FillAsync("[data-testid=user]", user);
        await page.FillAsync("[data-testid=password]", Password);
        await page.ClickAsync("[data-testid=sign-in]");
        // The sign-in redirects to the page asked for (the role's landing page for "/"), or back to /login?error=…
        // when refused: stop at either, so a refusal fails at once with its address instead of timing out.
        await page.WaitForURLAsync(url => !url.Contains("/login") || url.Contains("error="), new() { Timeout = 60_000 });
        if (new Uri(page.Url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal))
            throw new InvalidOperationException($"The sign-in of {user} was refused: {page.Url}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }


    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Simulation:Enabled", "false");
            builder.UseSetting("Demo:Password", Password);
            builder.UseSetting("Orleans:SiloPort", LoopbackPorts.Free().ToString());
            builder.UseSetting("Orleans:GatewayPort", LoopbackPorts.Free().ToString());
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveDashboard>
{
    public const string Name = "browser";
}
