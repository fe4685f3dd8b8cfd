using StackExchange.Redis;

namespace ContactCenter.Grains.Hosting;

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
            // StackExchange.Redis appends advice about abortConnect that does not apply to a startup check.
            var reason = Sanitise(ex.Message.Split('\n')[0].Split(" To allow this multiplexer")[0].Trim(), options.Password);
            throw new ClusterConfigurationException(ClusterSettings.RedisKey,
                $"Cannot reach Redis at {settings.RedisHosts} (from {ClusterSettings.RedisKey}): {reason}");
        }
    }

    private static string Sanitise(string message, string? password) =>
        string.IsNullOrEmpty(password) ? message : message.Replace(password, "***");
}
