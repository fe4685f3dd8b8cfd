namespace ContactCenter.Grains.Agents;

/// <summary>Connected work: ending, transfer away, completion, and pulling the next interaction.</summary>
public sealed partial class AgentGrain
{
    /// <summary>Claims lost to other agents before one sticks; bounds a pull.</summary>
    private const int MaxPullAttempts = 5;

    public Task InteractionEnded(string interactionId) => ToWrapUp(interactionId);

    public Task InteractionTransferred(string interactionId) => ToWrapUp(interactionId);

    public Task<AgentSnapshot> Complete(string interactionId, string? wrapUpCode, string? notes) =>
        CompleteWork(interactionId, wrapUpCode, notes, how: null);

    /// <summary>Completes one item; how, when given, tells the interaction's timeline why (the wrap-up limit ran out).</summary>
    private async Task<AgentSnapshot> CompleteWork(string interactionId, string? wrapUpCode, string? notes, string? how)
    {
        Ids.Require(interactionId, "interactionId");
        Bounds.RequireOptionalText(wrapUpCode, "wrapUpCode", Bounds.MaxWrapUpCode);
        Bounds.RequireOptionalText(notes, "notes", Bounds.MaxNotes, multiLine: true);
        var item = _work.Find(interactionId);
        if (item is null && await CompleteOrphan(interactionId, wrapUpCode, notes)) return Snapshot();
        if (item is null || item.Status == WorkStatus.Offered)
            throw PresenceRules.Refused(AgentId, Presence(), AgentPresence.Ready, $"interaction '{interactionId}' is not connected to or in wrap-up for this agent");
        var now = time.GetUtcNow();
        var talk = item.Status == WorkStatus.Connected ? (now - item.Since).TotalSeconds : 0;
        var wrap = item.Status == WorkStatus.WrapUp ? (now - item.Since).TotalSeconds : 0;
        _work.Remove(interactionId);
        _counters = _counters with
        {
            Handled = _counters.Handled + (item.IsConsult ? 0 : 1),
            TalkSeconds = _counters.TalkSeconds + talk,
            WrapUpSeconds = _counters.WrapUpSeconds + wrap,
        };
        Changed();
        if (item.IsConsult)
        {
            // A conference party's leg: the call belongs to the first agent, who completes the interaction.
            await PullWorkAfter("a conference leg");
            return Snapshot();
        }
        await Interaction(interactionId).Completed(AgentId, wrapUpCode, notes, how);
        var handle = item.ConnectedAt is { } connectedAt ? (now - connectedAt).TotalSeconds : 0;
        await Queue(item.QueueId).RecordCompleted(handle);
        await PullWorkAfter("a completion");
        return Snapshot();
    }

    /// <summary>
    /// Pulls after an action that has already happened, so a failure to pull (a queue's silo dying) does not
    /// report the action as failed. The agent stays available; a reactivated queue asks it to announce again.
    /// </summary>
    private async Task PullWorkAfter(string what)
    {
        try { await PullWork(); }
        catch (Exception ex) { logger.LogWarning("Agent {AgentId} could not pull work after {What}: {Reason}", AgentId, what, ex.Message); }
    }

    public Task Pull() => state.State.Profile is null ? Task.CompletedTask : PullWork();

    private Task ToWrapUp(string interactionId)
    {
        var item = _work.Find(interactionId);
        if (item is null || item.Status == WorkStatus.WrapUp) return Task.CompletedTask;
        if (item.Status == WorkStatus.Offered) return OfferWithdrawn(interactionId);
        var now = time.GetUtcNow();
        _counters = _counters with { TalkSeconds = _counters.TalkSeconds + (now - item.Since).TotalSeconds };
        _work.Set(item with { Status = WorkStatus.WrapUp, Since = now, WrapUpEndsAt = item.WrapUpLimitSeconds is { } limit ? now.AddSeconds(limit) : null });
        Changed();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Cross-queue pull: asks every queue of the agent for its best eligible interaction, claims the
    /// best-scored one, and only then tells the queues what room is left.
    /// </summary>
    private async Task PullWork()
    {
        // A peek tells each queue the agent's current availability, so a pull that claims nothing
        // needs no separate availability update.
        long? informed = null;
        for (var attempt = 0; attempt < MaxPullAttempts; attempt++)
        {
            var availability = Availability();
            if (availability.OpenChannels.Count == 0 || _queues.Count == 0) break;
            var peeks = (await Task.WhenAll(_queues.Select(q => Queue(q).PeekBest(availability))))
                .OfType<WorkPeek>().OrderByDescending(p => p.Score).ThenBy(p => p.QueueId, StringComparer.Ordinal).ToList();
            informed = availability.Version;
            if (peeks.Count == 0) break;
            var competing = peeks.Select(p => new CompetingInteraction(p.QueueId, p.InteractionId, p.Score)).ToList();
            var offer = await ClaimFirst(peeks, competing);
            if (offer is null) continue;
            if (!_work.OpenChannels(Profile.Capacity).Contains(offer.Entry.Channel))
            {
                // A queue reserved us while we were claiming: give this one back untouched.
                await Queue(offer.Entry.QueueId).Requeue(offer.Entry);
                break;
            }
            _work.Reserve(offer, time.GetUtcNow());
            Changed();
            if (await Interaction(offer.Entry.InteractionId).Offered(offer)) break;
            _work.Remove(offer.Entry.InteractionId);
            Changed();
        }
        if (informed != _version) await PublishAsync();
    }

    private async Task<Offer?> ClaimFirst(List<WorkPeek> peeks, IReadOnlyList<CompetingInteraction> competing)
    {
        foreach (var peek in peeks)
            if (await Queue(peek.QueueId).Claim(Availability(), competing) is { } offer)
                return offer;
        return null;
    }
}
