using System.Net;
using System.Text.RegularExpressions;
using ContactCenter.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Hosting.Telemetry;

/// <summary>
/// Who may read /metrics, which names queues and grain types. By default only callers on this machine
/// (loopback). Metrics:Port moves it to a port of its own, which serves nothing else and answers anyone
/// who can reach it (keep that port off the public network). Metrics:Role (the dashboard only) asks for a
/// signed-in user in that role instead of loopback.
/// </summary>
public sealed partial record MetricsAccess(int? Port, string? Role)
{
    public const string PortKey = "Metrics:Port";
    public const string RoleKey = "Metrics:Role";

    public static MetricsAccess Read(IConfiguration configuration, bool rolesAvailable)
    {
        var portText = configuration[PortKey];
        int? port = null;
        if (!string.IsNullOrWhiteSpace(portText))
            port = int.TryParse(portText, out var p) && p is > 0 and <= 65535 ? p
                : throw new ClusterConfigurationException(PortKey, $"{PortKey} must be a TCP port between 1 and 65535 (got '{portText}').");
        var role = configuration[RoleKey] is { Length: > 0 } r ? r.Trim() : null;
        if (role is not null && !rolesAvailable)
            throw new ClusterConfigurationException(RoleKey, $"{RoleKey} needs sign-in, which this program does not have; use {PortKey}.");
        return new MetricsAccess(port, role);
    }

    /// <summary>Whether this connection may reach /metrics at all (a role, when asked for, is checked by authorization).</summary>
    public bool Admits(HttpContext http) =>
        Port is { } port ? http.Connection.LocalPort == port
        : Role is not null || IsLocal(http.Connection.RemoteIpAddress);

    /// <summary>On the metrics port only /metrics answers, so exposing it to a scraper exposes nothing else.</summary>
    public bool RefusesOnMetricsPort(HttpContext http, string metricsPath) =>
        Port is { } port && http.Connection.LocalPort == port && !http.Request.Path.Equals(metricsPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adds a listener on Metrics:Port beside the configured URLs, on the same host as the first of them
    /// (loopback stays loopback). With Kestrel:Endpoints configured, declare an endpoint for the port there.
    /// </summary>
    public void Listen(WebApplicationBuilder builder)
    {
        if (Port is not { } port || builder.Configuration.GetSection("Kestrel:Endpoints").Exists()) return;
        var urls = Urls(builder.Configuration);
        if (urls.Count == 0 || urls.Any(u => UrlPort(u) == port)) return;
        var host = UrlPattern().Match(urls[0]) is { Success: true } m ? m.Groups["host"].Value : "localhost";
        builder.WebHost.UseUrls([.. urls, $"http://{host}:{port}"]);
    }

    private static List<string> Urls(IConfiguration configuration)
    {
        static IEnumerable<string> Split(string? value) => (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var urls = Split(configuration["urls"]).ToList();
        if (urls.Count > 0) return urls;
        return [.. Split(configuration["http_ports"]).Select(p => $"http://*:{p}"), .. Split(configuration["https_ports"]).Select(p => $"https://*:{p}")];
    }

    private static int? UrlPort(string url) => UrlPattern().Match(url) is { Success: true } m ? int.Parse(m.Groups["port"].Value) : null;

    private static bool IsLocal(IPAddress? address) => address is null || IPAddress.IsLoopback(address);

    [GeneratedRegex(@"^\w+://(?<host>\[[^\]]+\]|[^:/]+):(?<port>\d+)")] private static partial Regex UrlPattern();
}
