using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Agents;

/// <summary>Offers: from the router or a direct transfer, acceptance, decline, timeout and withdrawal.</summary>
public sealed partial class AgentGrain
{
    public Task Offer(Offer offer)
    {
        // The router reserved us when it decided, so taking its offer needs no availability message back.
        if (CanTake(offer)) Take(offer, tellRouter: false);
        else FireAndForget.Run(Router.OfferRefused(offer.Entry.InteractionId, Told()), logger, "refuse an offer");
        return Task.CompletedTask;
    }

    public Task<bool> TryReserve(Offer offer)
    {
        if (!CanTake(offer)) return Task.FromResult(false);
        Take(offer, tellRouter: true);
        return Task.FromResult(true);
    }

    /// <summary>One offer at a time, on a channel with room, and only while Ready (see <see cref="AgentWork.OpenChannels"/>).</summary>
    private bool CanTake(Offer offer) =>
        state.State.Profile is not null && !state.State.Audit.Retired && _work.OpenChannels(Profile.Capacity).Contains(offer.Entry.Channel);

    private void Take(Offer offer, bool tellRouter)
    {
        _work.Reserve(offer, time.GetUtcNow());
        _notice = null;
        Changed();
        if (tellRouter) PublishLater();
    }

    public async Task<AgentSnapshot> Accept(string interactionId)
    {
        Ids.Require(interactionId, "interactionId");
        var item = _work.Find(interactionId);
        if (item is { IsConsult: true, Status: WorkStatus.Offered }) return await AcceptConsult(item);
        if (item?.Status != WorkStatus.Offered || _work.OfferFor(interactionId) is not { } offer)
            throw PresenceRules.Refused(AgentId, Presence(), AgentPresence.Busy, $"interaction '{interactionId}' is not offered to this agent");
        var now = time.GetUtcNow();
        _work.Set(item with { Status = WorkStatus.Connected, Since = now, ConnectedAt = now, OfferExpiresAt = null });
        Changed();
        bool connected;
        try { connected = await Interaction(interactionId).Connected(AgentId); }
        catch
        {
            // Not known to be connected (its silo may be dying): the offer stands, so the console can answer again.
            _work.Restore(item, offer);
            Changed();
            throw;
        }
        if (!connected)
        {
            _work.Remove(interactionId);
            Changed();
            await PullWorkAfter("a refused answer");
            throw ContactCenterException.Conflict($"Interaction '{interactionId}' ended before agent '{AgentId}' accepted it.");
        }
        // The call is connected: statistics and the next offer must not turn that into a failure.
        try { await Router.Answered(item.QueueId, interactionId, (now - offer.Entry.ArrivedAt).TotalSeconds, Told()); }
        catch (Exception ex) { logger.LogWarning("Agent {AgentId} could not record the answer of {InteractionId} in {QueueId}: {Reason}", AgentId, interactionId, item.QueueId, ex.Message); }
        return Snapshot();
    }

    public async Task<AgentSnapshot> Decline(string interactionId)
    {
        Ids.Require(interactionId, "interactionId");
        var item = _work.Find(interactionId);
        if (item?.Status != WorkStatus.Offered)
            throw PresenceRules.Refused(AgentId, Presence(), AgentPresence.NotReady, $"interaction '{interactionId}' is not offered to this agent");
        if (item.IsConsult) await RefuseConsult(interactionId, "declined");
        else await ReturnOffer(interactionId, "declined");
        return Snapshot();
    }

    public Task OfferWithdrawn(string interactionId, string? reason = null)
    {
        var item = _work.Find(interactionId);
        if (item?.Status != WorkStatus.Offered) return Task.CompletedTask;
        _work.Remove(interactionId);
        _notice = new AgentNotice(interactionId, item.QueueId, AgentNotice.Withdrawn, reason ?? "it was moved", time.GetUtcNow());
        Changed();
        PublishLater();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The offer goes back to the front of its queue; the agent goes NotReady(reason). The interaction hears it first,
    /// so it is queued again before the router can offer it to someone else.
    /// </summary>
    private async Task ReturnOffer(string interactionId, string reason)
    {
        _work.Remove(interactionId);
        _work.SetBase(AgentPresence.NotReady, reason);
        Changed();
        await Interaction(interactionId).OfferReturned(AgentId, reason);
        await Router.OfferReturned(interactionId, AgentId, Told());
    }

    private IInteractionGrain Interaction(string id) => GrainFactory.GetGrain<IInteractionGrain>(id);
}
