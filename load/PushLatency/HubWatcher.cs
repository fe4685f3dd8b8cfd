using System.Collections.Concurrent;
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
        // Typed to the few fields read, so the client skips the rest of each batch instead of building a DOM of it:
        // on a shared 2-core machine the probe's own parsing must not be what is measured.
        if (watchesAll) connection.On<BatchQueues>("batch", batch => watcher.SeeQueue(batch, nowMs()));
        else connection.On<AgentNamed>("agent", agent => watcher.SeeAgent(agent, nowMs()));
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

    private void SeeQueue(BatchQueues batch, long at)
    {
        foreach (var queue in batch.Queues ?? [])
            if (queue.QueueId == key) _firstSeen.TryAdd(queue.Waiting, at);
    }

    private void SeeAgent(AgentNamed agent, long at)
    {
        if (agent.AgentId != key || agent.Name is not { } name) return;
        if (int.TryParse(name.AsSpan(name.LastIndexOf('#') + 1), out var seq)) _firstSeen.TryAdd(seq, at);
    }

    internal sealed record BatchQueues(IReadOnlyList<QueueWaiting>? Queues);

    internal sealed record QueueWaiting(string QueueId, int Waiting);

    internal sealed record AgentNamed(string AgentId, string? Name);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
