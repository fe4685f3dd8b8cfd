using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Agents;

/// <summary>Offers: reservation by a queue, acceptance, decline, timeout and withdrawal.</summary>
public sealed partial class AgentGrain
{
    public Task<bool> TryReserve(Offer offer)
    {
        if (state.State.Profile is null || !_work.OpenChannels(Profile.Capacity).Contains(offer.Entry.Channel))
            return Task.FromResult(false);
        _work.Reserve(offer, time.GetUtcNow());
        _notice = null;
        Changed();
        PublishLater();
        return Task.FromResult(true);
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
        // The call is connected: statistics and the next pull must not turn that into a failure.
        try { await Queue(item.QueueId).RecordAnswered(interactionId, (now - offer.Entry.ArrivedAt).TotalSeconds); }
        catch (Exception ex) { logger.LogWarning("Agent {AgentId} could not record the answer of {InteractionId} in {QueueId}: {Reason}", AgentId, interactionId, item.QueueId, ex.Message); }
        await PullWorkAfter("an answer");
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

    public async Task EvaluateTimers()
    {
        var now = time.GetUtcNow();
        var lapsed = _work.PendingOffers
            .Where(o => now - o.OfferedAt >= TimeSpan.FromSeconds(o.TimeoutSeconds))
            .Select(o => o.Entry.InteractionId).ToList();
        foreach (var id in lapsed)
        {
            var offer = _work.OfferFor(id)!;
            _counters = _counters with { Missed = _counters.Missed + 1 };
            _notice = new AgentNotice(id, offer.Entry.QueueId, AgentNotice.Missed, $"you did not answer in {offer.TimeoutSeconds} s", now);
            await ReturnOffer(id, "missed");
            logger.LogInformation("Agent {AgentId} missed {InteractionId}; now NotReady", AgentId, id);
        }
        await EvaluateConsultTimeouts(now);
        await EvaluateWrapUpLimits(now);
    }

    public Task OfferWithdrawn(string interactionId, string? reason = null)
    {
        var item = _work.Find(interactionId);
        if (item?.Status != WorkStatus.Offered) return Task.CompletedTask;
        _work.Remove(interactionId);
        _notice = new AgentNotice(interactionId, item.QueueId, AgentNotice.Withdrawn, reason ?? "it was moved", time.GetUtcNow());
        Changed();
        // Pulling awaits queues, which a notification must not do: ask ourselves to do it next.
        FireAndForget.Run(this.AsReference<IAgentGrain>().Pull(), logger, "pull after withdrawal");
        return Task.CompletedTask;
    }

    /// <summary>The offer goes back to the front of its queue; the agent goes NotReady(reason).</summary>
    private async Task ReturnOffer(string interactionId, string reason)
    {
        var offer = _work.OfferFor(interactionId)!;
        _work.Remove(interactionId);
        _work.SetBase(AgentPresence.NotReady, reason);
        Changed();
        await PublishAsync();
        await Interaction(interactionId).OfferReturned(AgentId, reason);
        await Queue(offer.Entry.QueueId).Requeue(offer.Entry with { AtFront = true });
    }

    private IInteractionGrain Interaction(string id) => GrainFactory.GetGrain<IInteractionGrain>(id);

    private IQueueGrain Queue(string id) => GrainFactory.GetGrain<IQueueGrain>(id);
}
