using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>What the screen pop shows about an offered or connected interaction.</summary>
public sealed record ScreenPop(InteractionSnapshot Interaction, CustomerSnapshot? Customer);

/// <summary>Somewhere a call can go now: a queue (by display name) or an agent who can take it.</summary>
public sealed record CallTarget(string? QueueId, string? AgentId, string Label)
{
    public string Key => QueueId is not null ? $"queue:{QueueId}" : $"agent:{AgentId}";
}

/// <summary>
/// One agent console (one per browser circuit): the agent's commands, and its changes pushed by the
/// agent grain to an observer that this service renews until the circuit ends.
/// </summary>
public sealed class AgentConsole(IGrainFactory grains, TimeProvider time, ILogger<AgentConsole> logger) : IAgentObserver, IAsyncDisposable
{
    /// <summary>Often, because a re-subscription is also how an agent grain moved by a silo's death learns its console is back.</summary>
    private static readonly TimeSpan Renew = TimeSpan.FromSeconds(5);
    private IAgentObserver? _reference;
    private ITimer? _renewal;
    private string _agentId = "";

    /// <summary>Raised on a grain-callback thread: handlers marshal to their own context.</summary>
    public event Action<AgentSnapshot>? Changed;

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(_agentId);

    public async Task<AgentSnapshot> AttachAsync(string agentId)
    {
        _agentId = agentId;
        _reference = grains.CreateObjectReference<IAgentObserver>(this);
        await Agent.Subscribe(_reference);
        _renewal = time.CreateTimer(_ => _ = Resubscribe(), null, Renew, Renew);
        return await Agent.GetSnapshot();
    }

    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        Changed?.Invoke(snapshot);
        return Task.CompletedTask;
    }

    public Task<AgentSnapshot> Login() => Agent.Login();
    public Task<AgentSnapshot> Ready() => Agent.SetReady();
    public Task<AgentSnapshot> NotReady(string reason) => Agent.SetNotReady(reason);
    public Task<AgentSnapshot> Logout() => Agent.Logout();
    public Task<AgentSnapshot> Accept(string interactionId) => Agent.Accept(interactionId);
    public Task<AgentSnapshot> Decline(string interactionId) => Agent.Decline(interactionId);
    public Task<AgentSnapshot> Complete(string interactionId, string? code, string? notes) => Agent.Complete(interactionId, code, notes);
    public Task<IReadOnlyList<QueueSummary>> Queues() => grains.GetGrain<IRoutingDirectoryGrain>("center").GetQueues();
    public Task<AgentSnapshot> SaveWrapUp(string interactionId, string? code, string? notes) => Agent.SaveWrapUp(interactionId, code, notes);
    public Task Hold(string interactionId) => Call(interactionId).Hold();
    public Task Resume(string interactionId) => Call(interactionId).Resume();
    public Task Mute(string interactionId) => Call(interactionId).Mute();
    public Task Unmute(string interactionId) => Call(interactionId).Unmute();
    public Task HangUp(string interactionId) => Call(interactionId).HangUp();
    public Task<InteractionSnapshot> Dial(string interactionId) => Call(interactionId).Dial();
    public Task Consult(string interactionId, CallTarget target) => Call(interactionId).Consult(new ConsultTarget(target.AgentId, target.QueueId));
    public Task TransferToConsulted(string interactionId) => Call(interactionId).TransferToConsulted();
    public Task Conference(string interactionId) => Call(interactionId).Conference();
    public Task CancelConsult(string interactionId) => Call(interactionId).CancelConsult();

    public Task Transfer(string interactionId, CallTarget target) => target.QueueId is { } queueId
        ? Call(interactionId).TransferToQueue(queueId)
        : Call(interactionId).TransferToAgent(target.AgentId!);

    /// <summary>
    /// Queues by display name, then agents who can take a channel item now: logged in and not asking for
    /// NotReady, no offer pending, and room left on that channel. Read on demand, when the agent opens the list.
    /// </summary>
    public async Task<IReadOnlyList<CallTarget>> TargetsFor(Channel channel)
    {
        var directory = grains.GetGrain<IRoutingDirectoryGrain>("center");
        var queues = await directory.GetQueues();
        var agents = await Task.WhenAll((await directory.GetAgents()).Where(id => id != _agentId).Select(id => grains.GetGrain<IAgentGrain>(id).GetSnapshot()));
        return queues.OrderBy(q => q.Name, StringComparer.CurrentCultureIgnoreCase).Select(q => new CallTarget(q.QueueId, null, $"Queue: {q.Name}"))
            .Concat(agents.Where(a => HasRoom(a, channel)).OrderBy(a => a.Profile.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(a => new CallTarget(null, a.Profile.AgentId, $"{a.Profile.Name} ({a.Profile.Team})")))
            .ToList();
    }

    /// <summary>An agent's display name, for consults and conferences; the id if the agent is unknown.</summary>
    public async Task<string> NameOf(string agentId)
    {
        try { return (await grains.GetGrain<IAgentGrain>(agentId).GetSnapshot()).Profile.Name; }
        catch (ContactCenterException) { return agentId; }
    }

    internal static bool HasRoom(AgentSnapshot agent, Channel channel) =>
        agent.Presence is AgentPresence.Ready or AgentPresence.Busy or AgentPresence.WrapUp
        && agent.NotReadyReason is null
        && agent.Work.All(w => w.Status != WorkStatus.Offered)
        && agent.Profile.Capacity.HasRoomFor(channel, agent.Work.Select(w => w.Channel).ToArray());

    private IInteractionGrain Call(string interactionId) => grains.GetGrain<IInteractionGrain>(interactionId);

    public async Task<ScreenPop> ScreenPopFor(string interactionId)
    {
        var interaction = await grains.GetGrain<IInteractionGrain>(interactionId).GetSnapshot();
        CustomerSnapshot? customer = null;
        if (!string.IsNullOrWhiteSpace(interaction.CustomerId))
        {
            try { customer = await grains.GetGrain<ICustomerGrain>(interaction.CustomerId).GetSnapshot(); }
            catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { /* an unknown caller: no profile to show */ }
        }
        return new ScreenPop(interaction, customer);
    }

    private async Task Resubscribe()
    {
        try { if (_reference is not null) await Agent.Subscribe(_reference); }
        catch (Exception ex) { logger.LogWarning(ex, "Could not renew the console subscription of {AgentId}", _agentId); }
    }

    public async ValueTask DisposeAsync()
    {
        _renewal?.Dispose();
        if (_reference is null) return;
        try { await Agent.Unsubscribe(_reference); }
        catch (Exception ex) { logger.LogDebug(ex, "Could not unsubscribe the console of {AgentId}", _agentId); }
        grains.DeleteObjectReference<IAgentObserver>(_reference);
    }
}
