using System.Diagnostics;
using System.Text.Json.Nodes;
using ContactCenter.Hosting;
using ContactCenter.Hosting.Health;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Api.Tests.Health;

/// <summary>The readiness check against a real Redis address where nothing listens.</summary>
public sealed class RedisReadinessTests : IAsyncLifetime
{
    private const string Password = "s3cret-redis-pw";
    private readonly int _port = LoopbackPorts.Free();
    private RedisConnection _redis = null!;

    public Task InitializeAsync()
    {
        _redis = new RedisConnection(ClusterSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { [ClusterSettings.RedisKey] = $"127.0.0.1:{_port},password={Password}" }).Build()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task An_unreachable_redis_is_unhealthy_within_two_seconds_naming_the_host_but_not_the_password()
    {
        var clock = Stopwatch.StartNew();
        var result = await Check();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal($"Redis at 127.0.0.1:{_port} is unreachable — changes cannot be saved", result.Description);
        Assert.False(string.IsNullOrWhiteSpace(result.Data["error"] as string));
        Assert.DoesNotContain(Password, result.Description + string.Join(" ", result.Data.Values));
    }

    [Fact]
    public async Task The_readiness_body_names_the_failing_check_and_never_the_password()
    {
        var result = await Check();
        var report = new HealthReport(new Dictionary<string, HealthReportEntry>
        {
            [HealthSetup.RedisCheck] = new(result.Status, result.Description, TimeSpan.FromMilliseconds(3), result.Exception, result.Data),
        }, TimeSpan.FromMilliseconds(3));
        var http = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        await HealthBody.Write(http, report);
        var text = System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());

        Assert.DoesNotContain(Password, text);
        var body = JsonNode.Parse(text)!;
        Assert.Equal("Unhealthy", body["status"]!.GetValue<string>());
        var check = Assert.Single(body["checks"]!.AsArray())!;
        Assert.Equal("redis", check["name"]!.GetValue<string>());
        Assert.Equal("Unhealthy", check["status"]!.GetValue<string>());
        Assert.Contains($"127.0.0.1:{_port}", check["description"]!.GetValue<string>());
    }

    private Task<HealthCheckResult> Check()
    {
        var check = new RedisHealthCheck(_redis);
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration(HealthSetup.RedisCheck, check, HealthStatus.Unhealthy, [HealthSetup.ReadyTag]) };
        return check.CheckHealthAsync(context);
    }
}
