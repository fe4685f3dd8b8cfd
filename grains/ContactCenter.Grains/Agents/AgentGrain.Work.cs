namespace ContactCenter.Grains.Agents;

/// <summary>Connected work: ending, transfer away, completion, and pulling the next interaction.</summary>
public sealed partial class AgentGrain
{
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
        await CompletedToRouter(item.QueueId, handle);
        return Snapshot();
    }

    /// <summary>
    /// Pulls after an action that has already happened, so a failure to pull (the router's silo dying) does not
    /// report the action as failed. The agent stays available; a reactivated router asks it to announce again.
    /// </summary>
    private async Task PullWorkAfter(string what)
    {
        try { await PullWork(); }
        catch (Exception ex) { logger.LogWarning("Agent {AgentId} could not pull work after {What}: {Reason}", AgentId, what, ex.Message); }
    }

    /// <summary>Statistics of the queue and the agent's room now, in one message; a failure does not undo the completion.</summary>
    private async Task CompletedToRouter(string queueId, double handleSeconds)
    {
        try { await Router.Completed(queueId, handleSeconds, Told()); }
        catch (Exception ex) { logger.LogWarning("Agent {AgentId} could not tell the router of a completion in {QueueId}: {Reason}", AgentId, queueId, ex.Message); }
    }

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

    /// <summary>Tells the router what the agent can take now; the router offers a free agent the best work across its queues.</summary>
    private Task PullWork() => PublishAsync();
}
