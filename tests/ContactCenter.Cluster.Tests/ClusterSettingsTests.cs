using ContactCenter.Hosting;
using ContactCenter.TestSupport;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Cluster.Tests;

/// <summary>Cluster-mode settings: defaults, bad values named by key, and Redis errors that never show the password.</summary>
public sealed class ClusterSettingsTests
{
    /// <summary>Later values win, as a later configuration source would.</summary>
    private static ClusterSettings Read(params (string Key, string Value)[] values)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (key, value) in values) settings[key] = value;
        return ClusterSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    [Fact]
    public void Without_a_Redis_connection_string_the_process_stays_embedded()
    {
        var settings = Read();
        Assert.False(settings.IsCluster);
        Assert.Equal((ClusterSettings.DefaultClusterId, 11111, 30000), (settings.ClusterId, settings.SiloPort, settings.GatewayPort));
    }

    [Fact]
    public void A_connection_string_switches_to_cluster_mode_and_its_description_hides_the_password()
    {
        var settings = Read((ClusterSettings.RedisKey, "redis.internal:6380,password=hunter2,ssl=false"), (ClusterSettings.ClusterIdKey, "east"));
        Assert.True(settings.IsCluster);
        Assert.Equal("redis.internal:6380", settings.RedisHosts);
        Assert.DoesNotContain("hunter2", RedisClusterExtensions.Describe(settings));
        Assert.Contains("east", RedisClusterExtensions.Describe(settings));
    }

    [Theory]
    [InlineData("Orleans:SiloPort", "70000")]
    [InlineData("Orleans:GatewayPort", "gateway")]
    [InlineData("Orleans:AdvertisedIP", "not-an-ip")]
    [InlineData("Orleans:ClusterId", "two words")]
    [InlineData("Orleans:Kubernetes", "maybe")]
    [InlineData("Redis:ConnectionString", ",,,")]
    public void A_bad_value_stops_startup_naming_its_key(string key, string value)
    {
        var error = Assert.Throws<ClusterConfigurationException>(() => Read((ClusterSettings.RedisKey, "127.0.0.1:6379"), (key, value)));
        Assert.Equal(key, error.Key);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public async Task Unreachable_Redis_names_the_host_and_never_the_password()
    {
        var port = LoopbackPorts.Free();
        var settings = Read((ClusterSettings.RedisKey, $"127.0.0.1:{port},password=s3cret-pass"));
        var error = await Assert.ThrowsAsync<ClusterConfigurationException>(() => RedisPreflight.EnsureReachableAsync(settings, TimeSpan.FromSeconds(2)));
        Assert.Equal(ClusterSettings.RedisKey, error.Key);
        Assert.Contains($"127.0.0.1:{port}", error.Message);
        Assert.DoesNotContain("s3cret-pass", error.Message);
    }
}
