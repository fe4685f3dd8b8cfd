using System.Net;
using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace ContactCenter.Hosting;

/// <summary>
/// What decides how a process joins the center. With <see cref="RedisKey"/> set, it is cluster mode:
/// membership, grain state and reminders in Redis. Without it, the embedded default. Every key can come
/// from appsettings or an environment variable (':' becomes '__', e.g. Redis__ConnectionString).
/// </summary>
public sealed record ClusterSettings(
    string? RedisConnectionString,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    IPAddress AdvertisedIP,
    bool Kubernetes)
{
    public const string RedisKey = "Redis:ConnectionString";
    public const string ClusterIdKey = "Orleans:ClusterId";
    public const string ServiceIdKey = "Orleans:ServiceId";
    public const string SiloPortKey = "Orleans:SiloPort";
    public const string GatewayPortKey = "Orleans:GatewayPort";
    public const string AdvertisedIPKey = "Orleans:AdvertisedIP";
    public const string KubernetesKey = "Orleans:Kubernetes";

    public const string DefaultClusterId = "contact-center";
    public const string DefaultServiceId = "contact-center";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    public bool IsCluster => !string.IsNullOrWhiteSpace(RedisConnectionString);

    /// <summary>Redis' host:port list, safe to print: never the password.</summary>
    public string RedisHosts => RedisEndpoints.Describe(RedisConnectionString);

    /// <summary>Reads and checks the settings; a bad value stops startup with the key named.</summary>
    public static ClusterSettings Read(IConfiguration configuration)
    {
        var redis = configuration[RedisKey];
        if (!string.IsNullOrWhiteSpace(redis)) RedisEndpoints.Parse(redis);
        return new ClusterSettings(
            string.IsNullOrWhiteSpace(redis) ? null : redis.Trim(),
            Text(configuration, ClusterIdKey, DefaultClusterId),
            Text(configuration, ServiceIdKey, DefaultServiceId),
            Port(configuration, SiloPortKey, DefaultSiloPort),
            Port(configuration, GatewayPortKey, DefaultGatewayPort),
            Address(configuration),
            Flag(configuration, KubernetesKey));
    }

    private static string Text(IConfiguration c, string key, string fallback)
    {
        var value = c[key];
        if (value is null) return fallback;
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
            throw new ClusterConfigurationException(key, $"{key} must be a non-empty name without spaces (got '{value}').");
        return value;
    }

    private static int Port(IConfiguration c, string key, int fallback)
    {
        var value = c[key];
        if (value is null) return fallback;
        if (!int.TryParse(value, out var port) || port is < 1 or > 65535)
            throw new ClusterConfigurationException(key, $"{key} must be a TCP port between 1 and 65535 (got '{value}').");
        return port;
    }

    private static IPAddress Address(IConfiguration c)
    {
        var value = c[AdvertisedIPKey];
        if (value is null) return IPAddress.Loopback;
        if (!IPAddress.TryParse(value, out var address))
            throw new ClusterConfigurationException(AdvertisedIPKey, $"{AdvertisedIPKey} must be an IP address (got '{value}').");
        return address;
    }

    private static bool Flag(IConfiguration c, string key)
    {
        var value = c[key];
        if (value is null) return false;
        if (!bool.TryParse(value, out var flag))
            throw new ClusterConfigurationException(key, $"{key} must be true or false (got '{value}').");
        return flag;
    }
}

/// <summary>A setting that stops startup; <see cref="Key"/> names it.</summary>
public sealed class ClusterConfigurationException(string key, string message) : Exception(message)
{
    public string Key { get; } = key;
}

/// <summary>Parsing and describing Redis connection strings without ever showing the password.</summary>
public static class RedisEndpoints
{
    public static ConfigurationOptions Parse(string connectionString)
    {
        ConfigurationOptions options;
        try { options = ConfigurationOptions.Parse(connectionString); }
        catch (Exception ex) when (ex is ArgumentException or FormatException or NotSupportedException)
        {
            throw new ClusterConfigurationException(ClusterSettings.RedisKey,
                $"{ClusterSettings.RedisKey} is not a Redis connection string ({ex.Message.Split('\n')[0].Replace(connectionString, "…")}). Use host:port[,password=...].");
        }
        if (options.EndPoints.Count == 0)
            throw new ClusterConfigurationException(ClusterSettings.RedisKey, $"{ClusterSettings.RedisKey} names no host; use host:port[,password=...].");
        return options;
    }

    /// <summary>
    /// A Redis error fit to show: its first line, without StackExchange.Redis' abortConnect advice, and with the
    /// connection string's password masked should a library ever echo it.
    /// </summary>
    public static string Redact(string message, string? connectionString)
    {
        var line = message.Split('\n')[0].Split(" To allow this multiplexer")[0].Trim();
        string? password = null;
        try { password = string.IsNullOrWhiteSpace(connectionString) ? null : ConfigurationOptions.Parse(connectionString).Password; }
        catch (Exception) { /* an unparsable string was refused at startup */ }
        return string.IsNullOrEmpty(password) ? line : line.Replace(password, "***", StringComparison.Ordinal);
    }

    public static string Describe(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return "(none)";
        try { return string.Join(",", ConfigurationOptions.Parse(connectionString).EndPoints.Select(Format)); }
        catch (Exception) { return "(unparsable)"; }
    }

    public static string Format(EndPoint endpoint) => endpoint switch
    {
        DnsEndPoint dns => $"{dns.Host}:{(dns.Port == 0 ? 6379 : dns.Port)}",
        IPEndPoint ip => $"{ip.Address}:{(ip.Port == 0 ? 6379 : ip.Port)}",
        _ => endpoint.ToString() ?? "?",
    };
}
