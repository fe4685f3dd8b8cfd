namespace ContactCenter.Grains.Interactions;

/// <summary>What queues and agents tell the interaction. None of these await another grain before deciding.</summary>
public sealed partial class InteractionGrain
{
    public Task<bool> Offered(Offer offer)
    {
        var agentId = offer.Decision.AgentId;
        // The agent may have answered before this record arrived (it is told of the offer first).
        var alreadyAnswered = S.Status == InteractionStatus.Connected && S.AgentId == agentId && !S.Decisions.Contains(offer.Decision);
        if (!S.Exists || _moving || (S.Status != InteractionStatus.Queued && !alreadyAnswered)) return Task.FromResult(false);
        S.AddDecision(offer.Decision);
        if (alreadyAnswered) return Task.FromResult(true);
        (S.AgentId, S.QueueId, S.Entry) = (agentId, offer.Entry.QueueId, offer.Entry);
        S.Record(offer.OfferedAt, InteractionStatus.Offered, $"offered to {agentId} ({offer.Decision.Trigger})");
        return Task.FromResult(true);
    }

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
        return Task.CompletedTask;
    }

    public async Task Completed(string agentId, string? wrapUpCode, string? notes, string? how = null)
    {
        if (S.AgentId != agentId || S.Status is not (InteractionStatus.Connected or InteractionStatus.WrapUp)) return;
        (S.WrapUpCode, S.Notes) = (wrapUpCode, notes);
        if (S.Call is not null) S.Call = CallNow(time.GetUtcNow())! with { OnHold = false, HoldSince = null, Consult = null };
        await Finish(InteractionStatus.Completed, $"completed by {agentId}{(wrapUpCode is null ? "" : $" ({wrapUpCode})")}{(how is null ? "" : $": {how}")}");
    }

    public async Task<bool> Overflowed(string fromQueueId, OverflowTarget target, QueueEntry? movedTo)
    {
        if (_moving || S.Status != InteractionStatus.Queued || S.QueueId != fromQueueId) return false;
        if (movedTo is not null)
        {
            (S.QueueId, S.Entry) = (movedTo.QueueId, movedTo);
            S.Record(time.GetUtcNow(), InteractionStatus.Queued, $"overflowed from {fromQueueId} to {movedTo.QueueId}");
            await SaveLive();
            return true;
        }
        var terminal = target.Kind == OverflowKind.Callback ? InteractionStatus.CallbackScheduled : InteractionStatus.Overflowed;
        await Finish(terminal, $"maximum wait reached in {fromQueueId}");
        return true;
    }

    /// <summary>Enters a terminal state: the one place that does, so there is exactly one per interaction.</summary>
    private async Task Finish(InteractionStatus terminal, string detail, bool persist = true)
    {
        var now = time.GetUtcNow();
        S.EndedAt ??= now;
        S.Record(now, terminal, detail);
        logger.LogDebug("Interaction {InteractionId} {Status}: {Detail}", Id, terminal, detail);
        if (persist) await Persist();
    }

    /// <summary>
    /// Stores the finished record, adds it to the customer's history, ends the audit and frees the memory.
    /// If storage fails (Redis down), the caller hears it and the audit, still running, tries again.
    /// </summary>
    private async Task Persist()
    {
        await _writer.WriteAsync();
        if (!string.IsNullOrWhiteSpace(S.CustomerId))
        {
            var waited = ((S.ConnectedAt ?? S.EndedAt ?? S.CreatedAt) - S.CreatedAt).TotalSeconds;
            await GrainFactory.GetGrain<ICustomerGrain>(S.CustomerId).AppendContact(new ContactRecord(
                Id, S.Channel, S.QueueId, S.CreatedAt, S.Status, S.AgentId, waited, S.WrapUpCode, S.Notes, S.Transfers));
        }
        await StopAudit();
        DeactivateOnIdle();
    }
}
