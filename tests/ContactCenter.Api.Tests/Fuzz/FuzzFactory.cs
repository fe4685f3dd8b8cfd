using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Api.Tests.Fuzz;

/// <summary>
/// A host of its own for the fuzzer, with the clock stopped: nothing in a snapshot moves unless a request
/// moves it, so "identical before and after a refusal" is an exact comparison.
/// </summary>
public sealed class FuzzFactory : WebApplicationFactory<Program>
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public HttpClient NewBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignedIn(string user)
    {
        var client = NewBrowser();
        var response = await LoginForm.SignInAsync(client, user, ApiFactory.Password);
        if (response.Headers.Location?.OriginalString is not { } to || to.StartsWith("/login")) throw new InvalidOperationException($"Sign-in as {user} failed");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Simulation:Enabled", "false");
        builder.UseSetting("Demo:Password", ApiFactory.Password);
        builder.UseSetting("Orleans:SiloPort", LoopbackPorts.Free().ToString());
        builder.UseSetting("Orleans:GatewayPort", LoopbackPorts.Free().ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzFactory>
{
    public const string Name = "fuzz";
}
