using StackExchange.Redis;

namespace ContactCenter.Hosting;

/// <summary>
/// Checks at startup that Redis answers, so an unreachable or misconfigured Redis stops the process with
/// one clear line naming the host (never the password) instead of a provider's stack trace later.
/// </summary>
public static class RedisPreflight
{
    public static async Task EnsureReachableAsync(ClusterSettings settings, TimeSpan timeout)
    {
        var options = RedisEndpoints.Parse(settings.RedisConnectionString!);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = (int)timeout.TotalMilliseconds;
        options.ConnectRetry = 1;
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or System.Net.Sockets.SocketException)
        {
            var reason = RedisEndpoints.Redact(ex.Message, settings.RedisConnectionString);
            throw new ClusterConfigurationException(ClusterSettings.RedisKey,
                $"Cannot reach Redis at {settings.RedisHosts} (from {ClusterSettings.RedisKey}): {reason}");
        }
    }
}
