using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Api.Tests;

/// <summary>The real web host with its embedded silo, on free loopback ports, without simulated traffic.</summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string Password = "api-test-pass";

    /// <summary>A client signed in through the real login form (antiforgery token and cookie included).</summary>
    public async Task<HttpClient> SignedIn(string user) => (await SignIn(user)).Client;

    /// <summary>The sign-in cookie as a Cookie header value, for clients such as SignalR's.</summary>
    public async Task<string> SignInCookie(string user) => (await SignIn(user)).Cookie;

    private async Task<(HttpClient Client, string Cookie)> SignIn(string user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await LoginForm.SignInAsync(client, user, Password);
        // Signed in: the role's own page; refused: back to /login with an error.
        if (response.Headers.Location?.OriginalString is not { } to || to.StartsWith("/login")) throw new InvalidOperationException($"Sign-in as {user} failed");
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("cc.auth="));
        return (client, cookie);
    }


    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Simulation:Enabled", "false");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Orleans:SiloPort", LoopbackPorts.Free().ToString());
        builder.UseSetting("Orleans:GatewayPort", LoopbackPorts.Free().ToString());
        ConfigureMore(builder);
    }

    /// <summary>Settings or services a variant of the host adds on top.</summary>
    protected virtual void ConfigureMore(IWebHostBuilder builder) { }

}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
