using Microsoft.AspNetCore.Http.Connections;

namespace ContactCenter.Load.PushLatency;

/// <summary>
/// The browserless push probe: Connections SignalR clients (half JoinAll, half JoinAgent), Events rounds
/// <see cref="PushLatencyOptions.Spacing"/> apart, each raising one arrival in the probe queue and renaming
/// up to AgentChangesPerRound probe agents (in rotation). Handler and Transports let a test run it in-process.
/// </summary>
internal sealed record HubProbeOptions(
    Uri Url, string User, string Password, int Connections, int Events, int AgentChangesPerRound, FileInfo? Output)
{
    /// <summary>Connections opened at once.</summary>
    public const int OpenInParallel = 32;

    /// <summary>The run stops by itself after this, whatever happens.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait for the last changes to arrive before counting what is missing.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(5);

    public Func<HttpMessageHandler>? Handler { get; init; }

    public HttpTransportType Transports { get; init; } = HttpTransportType.WebSockets;
}
