using ContactCenter.Hosting;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// Cluster mode: SignalR messages go through Redis, so a hub message sent by any dashboard reaches the
/// browsers connected to every dashboard. The channel prefix keeps two clusters on one Redis apart.
/// </summary>
internal static class SignalRBackplane
{
    public static ISignalRServerBuilder AddClusterBackplane(this ISignalRServerBuilder signalR, ClusterSettings settings)
    {
        if (!settings.IsCluster) return signalR;
        return signalR.AddStackExchangeRedis(options =>
        {
            options.Configuration = RedisEndpoints.Parse(settings.RedisConnectionString!);
            options.Configuration.AbortOnConnectFail = false;
            options.Configuration.ChannelPrefix = RedisChannel.Literal(ChannelPrefix(settings));
        });
    }

    public static string ChannelPrefix(ClusterSettings settings) => $"contact-center:{settings.ClusterId}:signalr";
}
