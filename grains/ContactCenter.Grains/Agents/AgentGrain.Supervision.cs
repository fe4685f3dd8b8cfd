namespace ContactCenter.Grains.Agents;

/// <summary>What a supervisor can force on an agent.</summary>
public sealed partial class AgentGrain
{
    public const string ForcedWrapUpCode = "forced";

    public async Task<AgentSnapshot> Force(AgentPresence target, string reason)
    {
        if (target is not (AgentPresence.NotReady or AgentPresence.LoggedOut))
            throw ContactCenterException.Invalid("target", "A supervisor can force NotReady or LoggedOut only.");
        Bounds.RequireText(reason, "reason", Bounds.MaxReason);
        var from = Presence();
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
            _timer?.Dispose();
            _timer = null;
        }
        var snapshot = Changed();
        await RememberChoice();
        await PublishAsync();
        logger.LogInformation("Agent {AgentId} forced from {From} to {To}: {Reason}", AgentId, from, target, reason);
        return snapshot;
    }
}
