using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>What the screen pop shows about an offered or connected interaction.</summary>
public sealed record ScreenPop(InteractionSnapshot Interaction, CustomerSnapshot? Customer);

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
    public Task TransferToQueue(string interactionId, string queueId) => grains.GetGrain<IInteractionGrain>(interactionId).TransferToQueue(queueId);
    public Task TransferToAgent(string interactionId, string agentId) => grains.GetGrain<IInteractionGrain>(interactionId).TransferToAgent(agentId);
    public Task<IReadOnlyList<QueueSummary>> Queues() => grains.GetGrain<IRoutingDirectoryGrain>("center").GetQueues();

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
