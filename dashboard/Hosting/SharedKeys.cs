using ContactCenter.Hosting;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// Cluster mode: every dashboard keeps its data-protection keys (which sign the sign-in cookie and the
/// antiforgery tokens) in Redis under one application name, so a user signed in on one dashboard stays
/// signed in when a load balancer sends the next request to another.
/// </summary>
internal static class SharedKeys
{
    public const string ApplicationName = "contact-center-dashboard";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, ClusterSettings settings)
    {
        if (!settings.IsCluster) return services;
        var options = RedisEndpoints.Parse(settings.RedisConnectionString!);
        options.AbortOnConnectFail = false;
        var redis = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToStackExchangeRedis(() => redis.Value.GetDatabase(), $"contact-center:{settings.ClusterId}:data-protection-keys");
        return services;
    }
}
