using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Agents;

/// <summary>
/// Calls in progress: the voice state pushed by the interaction (hold time goes into the counters), and
/// consults, where this agent is asked to help another agent on a call that is not its own.
/// </summary>
public sealed partial class AgentGrain
{
    public Task<bool> TryReserveConsult(ConsultOffer offer)
    {
        if (state.State.Profile is null || offer.FromAgentId == AgentId || !_work.OpenChannels(Profile.Capacity).Contains(offer.Channel))
            return Task.FromResult(false);
        _work.ReserveConsult(offer, time.GetUtcNow());
        _notice = null;
        Changed();
        PublishLater();
        return Task.FromResult(true);
    }

    public Task ConsultEnded(string interactionId, string reason)
    {
        if (_work.Find(interactionId) is not { IsConsult: true } item) return Task.CompletedTask;
        var now = time.GetUtcNow();
        if (item.Status == WorkStatus.Connected)
            _counters = _counters with { TalkSeconds = _counters.TalkSeconds + (now - item.Since).TotalSeconds };
        else _notice = new AgentNotice(interactionId, item.QueueId, AgentNotice.Withdrawn, $"consult request from {item.ConsultFrom} {reason}", now);
        _work.Remove(interactionId);
        Changed();
        PublishLater();
        return Task.CompletedTask;
    }

    public Task ConsultTakenOver(string interactionId)
    {
        if (_work.Find(interactionId) is not { IsConsult: true } item) return Task.CompletedTask;
        _work.Set(item with { ConsultFrom = null });
        Changed();
        return Task.CompletedTask;
    }

    public Task CallChanged(string interactionId, CallState call)
    {
        if (_work.Find(interactionId) is not { } item || item.Status == WorkStatus.Offered) return Task.CompletedTask;
        // Hold time is the call owner's; a consulted agent's figures start counting once the call is theirs.
        var held = call.HoldSeconds - (item.Call?.HoldSeconds ?? 0);
        if (!item.IsConsult && item.Call is not null && held > 0) _counters = _counters with { HoldSeconds = _counters.HoldSeconds + held };
        _work.Set(item with { Call = call });
        Changed();
        return Task.CompletedTask;
    }

    private async Task<AgentSnapshot> AcceptConsult(WorkItem item)
    {
        var now = time.GetUtcNow();
        _work.Set(item with { Status = WorkStatus.Connected, Since = now, ConnectedAt = now, OfferExpiresAt = null });
        Changed();
        bool answered;
        try { answered = await Interaction(item.InteractionId).ConsultAnswered(AgentId); }
        catch
        {
            _work.Remove(item.InteractionId);
            Changed();
            await PublishAsync();
            throw;
        }
        if (answered) return Snapshot();
        _work.Remove(item.InteractionId);
        Changed();
        await PullWorkAfter("a consult that had ended");
        throw ContactCenterException.Conflict($"The consult on interaction '{item.InteractionId}' ended before agent '{AgentId}' answered it.");
    }

    private async Task RefuseConsult(string interactionId, string reason)
    {
        _work.Remove(interactionId);
        Changed();
        await Interaction(interactionId).ConsultRefused(AgentId, reason);
        await PullWorkAfter("a refused consult");
    }

    private async Task EvaluateConsultTimeouts(DateTimeOffset now)
    {
        var lapsed = _work.PendingConsults.Where(c => now - c.OfferedAt >= TimeSpan.FromSeconds(c.TimeoutSeconds)).ToList();
        foreach (var consult in lapsed)
        {
            _notice = new AgentNotice(consult.InteractionId, consult.QueueId, AgentNotice.Missed,
                $"consult request from {consult.FromAgentId} not answered in {consult.TimeoutSeconds} s", now);
            await RefuseConsult(consult.InteractionId, $"was not answered in {consult.TimeoutSeconds} s");
        }
    }
}
