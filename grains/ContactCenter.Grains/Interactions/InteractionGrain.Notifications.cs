using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Interactions;

/// <summary>
/// What the router and agents tell the interaction. None of these await anything: they decide, and the awaited work
/// (storing, the customer's history) follows in an ordinary turn (<see cref="Settle"/>).
/// </summary>
public sealed partial class InteractionGrain
{
    public Task Offered(Offer offer)
    {
        if (!TakeOffer(offer)) RefuseOffer(offer);
        return Task.CompletedTask;
    }

    /// <summary>Records the router's offer; false if the interaction can no longer be offered (ended, moving, taken).</summary>
    private bool TakeOffer(Offer offer)
    {
        var agentId = offer.Decision.AgentId;
        // The agent may have answered before this record arrived (both hear of the offer at once).
        var alreadyAnswered = S.Status == InteractionStatus.Connected && S.AgentId == agentId && !S.Decisions.Contains(offer.Decision);
        if (!S.Exists || _moving || (S.Status != InteractionStatus.Queued && !alreadyAnswered)) return false;
        S.AddDecision(offer.Decision);
        if (alreadyAnswered) return true;
        (S.AgentId, S.QueueId, S.Entry) = (agentId, offer.Entry.QueueId, offer.Entry);
        S.Record(offer.OfferedAt, InteractionStatus.Offered, $"offered to {agentId} ({offer.Decision.Trigger})");
        return true;
    }

    /// <summary>The agent lets the offer go and the router clears its reservation; whoever ended or moves the interaction routes it.</summary>
    private void RefuseOffer(Offer offer)
    {
        var agentId = offer.Decision.AgentId;
        FireAndForget.Run(GrainFactory.GetGrain<IAgentGrain>(agentId).OfferWithdrawn(Id, "it ended before the offer reached it"), logger, "withdraw an offer");
        FireAndForget.Run(Router.OfferRejected(Id, agentId), logger, "reject an offer");
    }

    public async Task Settle()
    {
        if (!S.Exists) return;
        if (S.Status.IsTerminal()) await Persist();
        else await SaveLive();
    }

    /// <summary>Asks this grain to do the awaited part of a decision next, in an ordinary turn.</summary>
    private void SettleLater() => FireAndForget.Run(this.AsReference<IInteractionGrain>().Settle(), logger, "settle a decision");

    /// <summary>
    /// Accepts the agent's answer when the offer to it is recorded, or when the record is still on its
    /// way from the queue (status Queued): only an agent holding a reservation for this interaction calls.
    /// </summary>
    public async Task<bool> Connected(string agentId)
    {
        // A repeated answer (the first one's reply was lost with a silo) gets the same yes.
        if (S.Exists && S.Status == InteractionStatus.Connected && S.AgentId == agentId) return true;
        var offeredToThisAgent = S.Status == InteractionStatus.Offered && S.AgentId == agentId;
        var recordInFlight = S.Status == InteractionStatus.Queued && !_moving;
        if (!S.Exists || !(offeredToThisAgent || recordInFlight)) return false;
        var now = time.GetUtcNow();
        S.AgentId = agentId;
        var firstAnswer = S.ConnectedAt is null;
        S.ConnectedAt ??= now;
        S.Record(now, InteractionStatus.Connected, $"connected to {agentId}");
        // Decided above; stored before the agent hears yes, so a silo's death cannot hand the caller to a second agent.
        await SaveLive();
        if (firstAnswer) metrics.Answered(S.Channel, S.QueueId!, now - S.CreatedAt);
        return true;
    }

    public Task OfferReturned(string agentId, string reason)
    {
        if (S.Status == InteractionStatus.Offered && S.AgentId == agentId)
        {
            S.AgentId = null;
            S.Record(time.GetUtcNow(), InteractionStatus.Queued, $"offer to {agentId} {reason}; back to the front of {S.QueueId}");
        }
        // The router answered our Enqueue with an offer to this agent, then voided it before the answer was recorded.
        else if (_enqueuing) _voidedWhileEnqueuing.Add(agentId);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Hands the entry to the router and records the offer it made at once, unless the router voided that offer
    /// (the agent refused it) while this grain was still waiting for the answer: then the entry already waits again.
    /// </summary>
    private async Task EnqueueAndRecord(QueueEntry entry)
    {
        _enqueuing = true;
        Offer? offer;
        try { offer = await Router.Enqueue(entry); }
        finally { _enqueuing = false; }
        var voided = offer is not null && _voidedWhileEnqueuing.Contains(offer.Decision.AgentId);
        _voidedWhileEnqueuing.Clear();
        if (offer is null || voided) return;
        if (!TakeOffer(offer)) RefuseOffer(offer);
    }

    private bool _enqueuing;
    private readonly HashSet<string> _voidedWhileEnqueuing = new(StringComparer.Ordinal);

    public Task Completed(string agentId, string? wrapUpCode, string? notes, string? how = null)
    {
        if (S.AgentId != agentId || S.Status is not (InteractionStatus.Connected or InteractionStatus.WrapUp)) return Task.CompletedTask;
        (S.WrapUpCode, S.Notes) = (wrapUpCode, notes);
        if (S.Call is not null) S.Call = CallNow(time.GetUtcNow())! with { OnHold = false, HoldSince = null, Consult = null };
        Finish(InteractionStatus.Completed, $"completed by {agentId}{(wrapUpCode is null ? "" : $" ({wrapUpCode})")}{(how is null ? "" : $": {how}")}");
        SettleLater();
        return Task.CompletedTask;
    }

    public Task<bool> Overflowed(string fromQueueId, OverflowTarget target, QueueEntry? movedTo)
    {
        if (!S.Exists || _moving || S.Status != InteractionStatus.Queued || S.QueueId != fromQueueId) return Task.FromResult(false);
        if (movedTo is not null)
        {
            (S.QueueId, S.Entry) = (movedTo.QueueId, movedTo);
            S.Record(time.GetUtcNow(), InteractionStatus.Queued, $"overflowed from {fromQueueId} to {movedTo.QueueId}");
        }
        else if (target.Kind == OverflowKind.Callback)
            Finish(InteractionStatus.CallbackScheduled, $"maximum wait reached in {fromQueueId}: callback {MarkCallbackFromOverflow(time.GetUtcNow())} as soon as possible");
        else Finish(InteractionStatus.Overflowed, $"maximum wait reached in {fromQueueId}");
        SettleLater();
        return Task.FromResult(true);
    }

    /// <summary>Enters a terminal state: the one place that does, so there is exactly one per interaction. The caller persists.</summary>
    private void Finish(InteractionStatus terminal, string detail)
    {
        var now = time.GetUtcNow();
        S.EndedAt ??= now;
        S.Record(now, terminal, detail);
        logger.LogDebug("Interaction {InteractionId} {Status}: {Detail}", Id, terminal, detail);
    }

    /// <summary>
    /// Stores the finished record, adds it to the customer's history, ends the audit and frees the memory.
    /// If storage fails (Redis down), the caller hears it and the audit, still running, tries again.
    /// </summary>
    private async Task Persist()
    {
        await EnsureCallbackCreated();
        await _writer.WriteAsync();
        await LeaveSchedule();
        if (!string.IsNullOrWhiteSpace(S.CustomerId))
        {
            var waited = ((S.ConnectedAt ?? S.EndedAt ?? S.CreatedAt) - S.CreatedAt).TotalSeconds;
            await GrainFactory.GetGrain<ICustomerGrain>(S.CustomerId).AppendContact(new ContactRecord(
                Id, S.Channel, S.QueueId, S.CreatedAt, S.Status, S.AgentId, waited, S.WrapUpCode, S.Notes, S.Transfers,
                TranscriptId: S.Channel == Channel.Chat ? Id : null));
        }
        await StopAudit();
        DeactivateOnIdle();
    }
}
