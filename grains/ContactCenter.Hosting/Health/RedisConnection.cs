using ContactCenter.Hosting;
using StackExchange.Redis;

namespace ContactCenter.Hosting.Health;

/// <summary>
/// The one Redis connection this process's health checks share, made on first use from the cluster
/// settings. It never aborts on a failed connect: a Redis that is down keeps being retried in the
/// background, and the checks report it instead of throwing.
/// </summary>
public sealed class RedisConnection(ClusterSettings settings) : IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => Connect(settings));

    /// <summary>host:port list, safe to show: never the password.</summary>
    public string Hosts => settings.RedisHosts;

    public Task<ConnectionMultiplexer> GetAsync() => _connection.Value;

    /// <summary>An error fit to show: its first line, the password masked.</summary>
    public string Sanitise(string message) => RedisEndpoints.Redact(message, settings.RedisConnectionString);

    private static Task<ConnectionMultiplexer> Connect(ClusterSettings settings)
    {
        var options = RedisEndpoints.Parse(settings.RedisConnectionString!);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.AsyncTimeout = (int)ConnectTimeout.TotalMilliseconds;
        options.ClientName = "contact-center-health";
        return ConnectionMultiplexer.ConnectAsync(options);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_connection.IsValueCreated) return;
        try { await (await _connection.Value).DisposeAsync(); }
        catch (Exception) { /* a connection that never came up has nothing to close */ }
    }
}
