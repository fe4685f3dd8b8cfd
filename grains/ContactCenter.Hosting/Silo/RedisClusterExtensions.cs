using ContactCenter.Grains.Routing;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Persistence;
using Orleans.Serialization;
using Orleans.Storage;

namespace ContactCenter.Hosting;

/// <summary>
/// Cluster mode: Orleans' own Redis providers for membership, grain state and reminders. Nothing here is
/// home-made; this only wires the packages with one connection string and the center's settings.
/// </summary>
public static class RedisClusterExtensions
{
    public static string Describe(ClusterSettings settings) =>
        $"cluster '{settings.ClusterId}' on Redis at {settings.RedisHosts} (membership, grain state, reminders)";

    public static ISiloBuilder UseRedisContactCenter(this ISiloBuilder silo, ClusterSettings settings)
    {
        var redis = RedisEndpoints.Parse(settings.RedisConnectionString!);
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
        if (settings.Kubernetes) silo.UseKubernetesHosting();
        else silo.ConfigureEndpoints(settings.AdvertisedIP, settings.SiloPort, settings.GatewayPort,
            listenOnAnyHostAddress: !IPAddress.IsLoopback(settings.AdvertisedIP));
        silo.UseRedisClustering(o => o.ConfigurationOptions = redis.Clone());
        // Interactions have their own name (capped in memory when embedded) but the same Redis and key format here.
        foreach (var name in new[] { ContactCenterSiloExtensions.StorageName, ContactCenterSiloExtensions.InteractionStorageName })
        {
            silo.AddRedisGrainStorage(name, o => o.ConfigurationOptions = redis.Clone());
            silo.Services.AddOptions<RedisStorageOptions>(name)
                .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        }
        silo.UseRedisReminderService(o => o.ConfigurationOptions = redis.Clone());
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = RecoveryTiming.AuditPeriod);
        silo.Services.Replace(ServiceDescriptor.Singleton(RoutingRecovery.On));
        silo.Configure<ClusterMembershipOptions>(RecoveryTiming.Membership);
        return silo;
    }

    /// <summary>A cluster client (dashboard, load tool): finds gateways in Redis and keeps trying until one answers.</summary>
    public static IClientBuilder UseRedisContactCenterClient(this IClientBuilder client, ClusterSettings settings)
    {
        var redis = RedisEndpoints.Parse(settings.RedisConnectionString!);
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
        client.UseRedisClustering(o => o.ConfigurationOptions = redis.Clone());
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = RecoveryTiming.GatewayRefresh);
        client.UseConnectionRetryFilter<PatientConnectionRetryFilter>();
        return client;
    }
}

/// <summary>
/// How quickly the cluster notices a dead silo and moves on. Orleans' defaults take about 15 s or more to declare a
/// killed silo dead; contact centers cannot leave callers unrouted that long.
/// </summary>
public static class RecoveryTiming
{
    /// <summary>How often a live interaction checks, through a durable reminder, that routing still knows it.</summary>
    public static readonly TimeSpan AuditPeriod = AuditTiming.Period;

    public static readonly TimeSpan GatewayRefresh = TimeSpan.FromSeconds(5);

    public static void Membership(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(3);
        o.NumMissedProbesLimit = 2;
        // A silo joining after the only other one died (a full restart) waits until that one's heartbeat row is stale.
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        o.NumMissedTableIAmAliveLimit = 2;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
    }
}
