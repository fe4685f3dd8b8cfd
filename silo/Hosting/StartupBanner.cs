using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContactCenter.Silo.Hosting;

/// <summary>Tells a new user, once the host is up, where everything is.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(no HTTP address)";
        app.Logger.LogInformation(
            "Contact center is up (embedded silo, in-memory storage). API: {Url}/api  OpenAPI: {Url}/openapi/v1.json  Health: {Url}/healthz",
            url, url, url);
    }
}
