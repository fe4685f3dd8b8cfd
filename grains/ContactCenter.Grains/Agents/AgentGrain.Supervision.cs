namespace ContactCenter.Grains.Agents;

/// <summary>What a supervisor can force on an agent.</summary>
public sealed partial class AgentGrain
{
    public const string ForcedWrapUpCode = "forced";

    public async Task<AgentSnapshot> Force(AgentPresence target, string reason)
    {
        if (target is not (AgentPresence.NotReady or AgentPresence.LoggedOut or AgentPresence.Ready))
            throw ContactCenterException.Invalid("target", "A supervisor can force NotReady, LoggedOut, or Ready (for a NotReady agent) only.");
        Bounds.RequireText(reason, "reason", Bounds.MaxReason);
        var from = Presence();
        if (target == AgentPresence.Ready) return await ForceReady(from, reason.Trim());
        if (target == AgentPresence.LoggedOut && _work.Items.Any(i => i.Status == WorkStatus.Connected))
            throw PresenceRules.Refused(AgentId, from, target, "a connected interaction must be transferred or ended first");
        if (from == AgentPresence.LoggedOut && target == AgentPresence.NotReady)
            throw PresenceRules.Refused(AgentId, from, target, "the agent is not logged in");

        foreach (var offer in _work.PendingOffers.ToList()) await ReturnOffer(offer.Entry.InteractionId, $"forced: {reason}");
        _work.SetBase(AgentPresence.NotReady, $"forced: {reason.Trim()}");
        if (target == AgentPresence.LoggedOut)
        {
            foreach (var item in _work.Items.Where(i => i.Status == WorkStatus.WrapUp).ToList())
                await Complete(item.InteractionId, ForcedWrapUpCode, $"wrap-up ended by a supervisor: {reason}");
            _work.SetBase(AgentPresence.LoggedOut);
        }
        await AuditForce(from, target, reason);
        var snapshot = Changed();
        await RememberChoice();
        await PublishAsync();
        logger.LogInformation("Agent {AgentId} forced from {From} to {To}: {Reason}", AgentId, from, target, reason);
        return snapshot;
    }

    /// <summary>Only an agent who is NotReady with nothing in hand can be made Ready by a supervisor.</summary>
    private async Task<AgentSnapshot> ForceReady(AgentPresence from, string reason)
    {
        if (from != AgentPresence.NotReady)
            throw PresenceRules.Refused(AgentId, from, AgentPresence.Ready, "a supervisor can make only a NotReady agent Ready");
        await RefreshQueues();
        _work.SetBase(AgentPresence.Ready);
        await AuditForce(from, AgentPresence.Ready, reason);
        Changed();
        await RememberChoice();
        await PullWork();
        logger.LogInformation("Agent {AgentId} made Ready by a supervisor: {Reason}", AgentId, reason);
        return Snapshot();
    }

    /// <summary>Forced presence is audited and stored with the profile; presence itself is live state.</summary>
    private Task AuditForce(AgentPresence from, AgentPresence to, string reason)
    {
        state.State.Audit.Add(time.GetUtcNow(), AuditActions.ForcePresence, "presence", from.ToString(), $"{to} ({reason.Trim()})");
        return state.WriteStateAsync();
    }
}
