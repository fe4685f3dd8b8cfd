using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Hosting;
using ContactCenter.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ContactCenter.Api.Tests.Health;

/// <summary>A request that fails because Redis or the silos are down is a 503 naming what is down.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClusterOutageTests(ApiFactory factory)
{
    private const string Password = "hunter2-secret";
    private static readonly ClusterSettings Cluster = ClusterSettings.Read(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [ClusterSettings.RedisKey] = $"127.0.0.1:6380,password={Password}" }).Build());

    [Fact]
    public async Task A_storage_write_that_redis_refused_is_a_503_naming_redis_without_the_password()
    {
        var redis = new RedisConnectionException(ConnectionFailureType.UnableToConnect, "It was not possible to connect to the redis server(s).");
        var (status, body, retryAfter) = await Handle(new OrleansException("Error from storage provider cc during WriteStateAsync", redis));
        Assert.Equal(503, status);
        Assert.Equal("5", retryAfter);
        Assert.Equal(503, body!["status"]!.GetValue<int>());
        var detail = body!["detail"]!.GetValue<string>();
        Assert.StartsWith("Redis at 127.0.0.1:6380 is unreachable", detail);
        Assert.Contains("not saved", detail);
        Assert.DoesNotContain(Password, body!.ToJsonString());
    }

    [Fact]
    public async Task A_redis_failure_known_only_by_name_after_crossing_the_wire_is_still_a_redis_503()
    {
        var remote = new OrleansException("Error from storage provider cc.interaction during WriteStateAsync for grain interaction/x\n StackExchange.Redis.RedisTimeoutException: Timeout performing SET");
        var (status, body, _) = await Handle(remote);
        Assert.Equal(503, status);
        Assert.StartsWith("Redis at 127.0.0.1:6380 did not answer in time", body!["detail"]!.GetValue<string>());
    }

    public static TheoryData<Exception, string> SiloOutages => new()
    {
        { new SiloUnavailableException("The target silo became unavailable"), "No silo answers" },
        { new AggregateException(new SiloUnavailableException()), "No silo answers" },
        { new TimeoutException("Response did not arrive on time"), "The cluster did not answer in time" },
    };

    [Theory]
    [MemberData(nameof(SiloOutages))]
    public async Task Silo_outages_and_timeouts_are_503s_saying_so(Exception exception, string expected)
    {
        var (status, body, _) = await Handle(exception);
        Assert.Equal(503, status);
        Assert.StartsWith(expected, body!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refusals_and_other_errors_are_left_to_the_api_handler()
    {
        Assert.Null((await Handle(ContactCenterException.Conflict("no"))).Body);
        Assert.Null((await Handle(new InvalidOperationException("bug"))).Body);
        Assert.Null((await Handle(new OrleansException("something else"))).Body);
    }

    [Fact]
    public void The_outage_handler_runs_before_the_api_refusal_handler()
    {
        var handlers = factory.Services.GetServices<IExceptionHandler>().Select(h => h.GetType().Name).ToList();
        Assert.True(handlers.IndexOf(nameof(ClusterUnavailableExceptionHandler)) is >= 0 and var outage
            && outage < handlers.IndexOf("ApiExceptionHandler"), string.Join(", ", handlers));
    }

    private static async Task<(int Status, JsonNode? Body, string? RetryAfter)> Handle(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "PUT";
        http.Request.Path = "/api/queues/q";
        http.Request.Headers.Accept = "application/json";
        http.Response.Body = new MemoryStream();
        var handler = new ClusterUnavailableExceptionHandler(Cluster,
            NullLogger<ClusterUnavailableExceptionHandler>.Instance);
        if (!await handler.TryHandleAsync(http, exception, CancellationToken.None)) return (http.Response.StatusCode, null, null);
        http.Response.Body.Position = 0;
        var text = await new StreamReader(http.Response.Body).ReadToEndAsync();
        return (http.Response.StatusCode, JsonNode.Parse(text), http.Response.Headers.RetryAfter.ToString());
    }
}
