using ContactCenter.Grains.Live;

namespace ContactCenter.Grains.Agents;

/// <summary>Retiring (soft-deleting) an agent, restoring it, and reading its audit trail.</summary>
public sealed partial class AgentGrain
{
    public async Task Retire()
    {
        var profile = Profile;
        if (_work.Items.Count > 0)
            throw ContactCenterException.Conflict($"Agent '{AgentId}' cannot be retired: it holds {_work.Items.Count} interaction(s) "
                + $"({string.Join(", ", _work.Items.Select(i => $"{i.InteractionId} {i.Status}"))}); they must finish first.");
        if (_work.Presence != AgentPresence.LoggedOut)
            throw ContactCenterException.Conflict($"Agent '{AgentId}' cannot be retired: it is logged in ({_work.Presence}); log it out first.");
        await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).RetireAgent(AgentId);
        var last = Snapshot();
        state.State.Audit.Retired = true;
        state.State.Audit.Add(time.GetUtcNow(), AuditActions.Retire, "agent", "active", "retired");
        await state.WriteStateAsync();
        _version++;
        live.Publish(LiveViews.Of(last with { Version = _version }) with { Retired = true });
        logger.LogInformation("Agent {AgentId} ({Name}) retired by {By}", AgentId, profile.Name, Actor.Current);
    }

    public async Task<AgentSnapshot> Reinstate()
    {
        if (state.State.Profile is null) throw ContactCenterException.NotFound("Agent", AgentId);
        if (!state.State.Audit.Retired) throw ContactCenterException.Conflict($"Agent '{AgentId}' is not retired.");
        state.State.Audit.Retired = false;
        state.State.Audit.Add(time.GetUtcNow(), AuditActions.Restore, "agent", "retired", "active");
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).RegisterAgent(AgentId);
        logger.LogInformation("Agent {AgentId} restored by {By}", AgentId, Actor.Current);
        return Changed();
    }

    public Task<IReadOnlyList<AuditEntry>> GetAudit() => state.State.Profile is null
        ? throw ContactCenterException.NotFound("Agent", AgentId)
        : Task.FromResult(state.State.Audit.NewestFirst());

    public Task<bool> HoldsWorkFrom(string queueId) => Task.FromResult(_work.Items.Any(i => i.QueueId == queueId));

    /// <summary>A retired agent reads as not found, with a message that says so and how to bring it back.</summary>
    private ContactCenterException Missing() => state.State.Audit.Retired
        ? new ContactCenterException(ErrorKind.NotFound, $"Agent '{AgentId}' is retired; restore it to use it again.")
        : ContactCenterException.NotFound("Agent", AgentId);
}
