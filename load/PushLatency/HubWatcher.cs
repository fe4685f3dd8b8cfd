using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Load.PushLatency;

/// <summary>Where and how watchers connect: the dashboard, the sign-in cookie, and (for in-process tests) the transport.</summary>
internal sealed record HubTarget(Uri Url, string Cookie, Func<HttpMessageHandler>? Handler = null, HttpTransportType Transports = HttpTransportType.WebSockets);

/// <summary>
/// One SignalR connection to /hubs/live, as a wallboard (JoinAll, watching the probe queue's waiting count in
/// "batch") or an agent console (JoinAgent, watching its agent's name in "agent"). Notes the first time each
/// sequence number of its key arrives, on the probe's clock.
/// </summary>
internal sealed class HubWatcher(HubConnection connection, string key) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, long> _firstSeen = new();

    public string Key => key;

    public IReadOnlyDictionary<int, long> FirstSeenMs => _firstSeen;

    public static async Task<HubWatcher> OpenAsync(HubTarget target, string key, bool watchesAll, Func<long> nowMs, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(target.Url, "/hubs/live"), o =>
            {
                o.Transports = target.Transports;
                o.SkipNegotiation = target.Transports == HttpTransportType.WebSockets;
                o.Headers["Cookie"] = target.Cookie;
                if (target.Handler is { } handler) o.HttpMessageHandlerFactory = _ => handler();
            })
            .Build();
        var watcher = new HubWatcher(connection, key);
        if (watchesAll) connection.On<JsonElement>("batch", batch => watcher.SeeQueue(batch, nowMs()));
        else connection.On<JsonElement>("agent", agent => watcher.SeeAgent(agent, nowMs()));
        try
        {
            await connection.StartAsync(ct);
            if (watchesAll) await connection.InvokeAsync("JoinAll", ct);
            else await connection.InvokeAsync("JoinAgent", key, ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return watcher;
    }

    /// <summary>The probe agent's name ends in "#n", its sequence number.</summary>
    public static string AgentName(int seq) => $"Push probe #{seq}";

    private void SeeQueue(JsonElement batch, long at)
    {
        if (!batch.TryGetProperty("queues", out var queues)) return;
        foreach (var queue in queues.EnumerateArray())
            if (queue.GetProperty("queueId").ValueEquals(key)) _firstSeen.TryAdd(queue.GetProperty("waiting").GetInt32(), at);
    }

    private void SeeAgent(JsonElement agent, long at)
    {
        if (!agent.GetProperty("agentId").ValueEquals(key) || agent.GetProperty("name").GetString() is not { } name) return;
        if (int.TryParse(name.AsSpan(name.LastIndexOf('#') + 1), out var seq)) _firstSeen.TryAdd(seq, at);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
