using System.Security.Claims;
using ContactCenter.Dashboard.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Hubs;

/// <summary>
/// The public live hub at /hubs/live for outside wallboards. Clients join groups and receive
/// "queue" (QueueLive) and "agent" (AgentLive) messages for them, or "batch" (LiveBatch) for everything.
/// Wallboard roles may join anything; an agent may join only its own agent group.
/// </summary>
[Authorize]
public sealed class LiveHub : Hub
{
    public const string Path = "/hubs/live";
    public const string Everything = "all";

    public static string QueueGroup(string queueId) => $"queue:{queueId}";
    public static string AgentGroup(string agentId) => $"agent:{agentId}";

    public Task JoinAll() => Join(Everything, CanWatchAll());
    public Task LeaveAll() => Groups.RemoveFromGroupAsync(Context.ConnectionId, Everything);
    public Task JoinQueue(string queueId) => Join(QueueGroup(Require(queueId, nameof(queueId))), CanWatchAll());
    public Task LeaveQueue(string queueId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, QueueGroup(queueId));

    public Task JoinAgent(string agentId) => Join(AgentGroup(Require(agentId, nameof(agentId))),
        CanWatchAll() || string.Equals(Context.User?.FindFirstValue(Roles.AgentIdClaim), agentId, StringComparison.Ordinal));

    public Task LeaveAgent(string agentId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, AgentGroup(agentId));

    private bool CanWatchAll() =>
        Context.User is { } user && (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Analyst));

    private Task Join(string group, bool allowed) => allowed
        ? Groups.AddToGroupAsync(Context.ConnectionId, group)
        : throw new HubException($"Your role may not watch '{group}'.");

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new HubException($"{name} is required.") : value;
}
