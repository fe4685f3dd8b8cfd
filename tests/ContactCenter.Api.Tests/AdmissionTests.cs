using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace ContactCenter.Api.Tests;

/// <summary>
/// A dashboard that admits one create at a time and queues none, with a grain call filter that can hold a
/// create in flight or shed it the way an overloaded gateway does.
/// </summary>
public sealed class AdmissionFactory : ApiFactory
{
    public CreateGate Gate { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("Admission:CreatesInFlight", "1");
        builder.UseSetting("Admission:Queue", "0");
        builder.UseSetting("Admission:RetryAfterSeconds", "2");
        builder.ConfigureTestServices(services => services.AddSingleton<IIncomingGrainCallFilter>(Gate));
    }
}

/// <summary>Holds IInteractionGrain.Create for chosen keys until released, or refuses it as a busy gateway would.</summary>
public sealed class CreateGate : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Entered, TaskCompletionSource Release)> _held = new();
    private readonly ConcurrentDictionary<string, bool> _shed = new();

    public (Task Entered, Action Release) Hold(string key)
    {
        var gate = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _held[key] = gate;
        return (gate.Item1.Task, () => gate.Item2.TrySetResult());
    }

    public void Shed(string key) => _shed[key] = true;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name == nameof(ContactCenter.Contracts.IInteractionGrain.Create) && context.TargetId.Key.ToString() is { } key)
        {
            if (_shed.ContainsKey(key)) throw new GatewayTooBusyException();
            if (_held.TryGetValue(key, out var gate))
            {
                gate.Entered.TrySetResult();
                await gate.Release.Task;
            }
        }
        await context.Invoke();
    }
}

public sealed class AdmissionTests(AdmissionFactory factory) : IClassFixture<AdmissionFactory>
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);

    private static object Create(string id, string queueId) => new { channel = "Email", interactionId = id, queueId };

    [Fact]
    public async Task A_create_past_the_limit_is_refused_with_503_and_Retry_After_and_creates_nothing()
    {
        var api = new ApiClient(factory);
        var queue = await api.NewQueue(ApiClient.Key("skill"));
        var (held, refused) = (ApiClient.Key("held"), ApiClient.Key("refused"));
        var (entered, release) = factory.Gate.Hold(held);
        var first = api.Post("/api/interactions", Create(held, queue));
        await entered.WaitAsync(Bounded);

        var client = await factory.SignedIn("admin");
        using var response = await client.PostAsJsonAsync("/api/interactions", Create(refused, queue));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nothing was created", (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"/api/interactions/{refused}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.Get($"/api/queues/{queue}")).Status);

        release();
        Assert.Equal(HttpStatusCode.Created, (await first.WaitAsync(Bounded)).Status);
        Assert.Equal(HttpStatusCode.Created, (await api.Post("/api/interactions", Create(refused, queue))).Status);
    }

    [Fact]
    public async Task A_create_the_cluster_sheds_as_too_busy_is_a_503_with_Retry_After_not_a_500()
    {
        var api = new ApiClient(factory);
        var queue = await api.NewQueue(ApiClient.Key("skill"));
        var shed = ApiClient.Key("shed");
        factory.Gate.Shed(shed);

        var client = await factory.SignedIn("admin");
        using var response = await client.PostAsJsonAsync("/api/interactions", Create(shed, queue));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Get($"/api/interactions/{shed}")).Status);
    }
}
