namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// Loopback port 5080 unless ASPNETCORE_URLS, --urls, ASPNETCORE_HTTP_PORTS or Kestrel endpoints say
/// otherwise. It is set in code, not in appsettings.json, because a "Urls" key there would override
/// ASPNETCORE_URLS.
/// </summary>
internal static class HttpDefaults
{
    public const string Url = ContactCenter.Hosting.HealthEndpoints.DashboardDefaultUrl;

    public static WebApplicationBuilder UseDefaultUrl(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var configured = new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(config[key]))
            || config.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(Url);
        return builder;
    }
}
