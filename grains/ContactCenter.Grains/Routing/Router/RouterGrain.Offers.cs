namespace ContactCenter.Grains.Routing.Router;

/// <summary>What comes back after an offer: refused, rejected, returned, answered; and interactions leaving.</summary>
public sealed partial class RouterGrain
{
    public Task OfferRefused(string interactionId, AgentAvailability agent)
    {
        Remember(agent);
        if (TakeOffer(interactionId, agent.AgentId) is { } entry)
        {
            // The interaction may have recorded the offer: it waits again, so it can be offered to someone else.
            FireAndForget.Run(GrainFactory.GetGrain<IInteractionGrain>(interactionId).OfferReturned(agent.AgentId, "could not be reserved"), logger, "void an offer");
            WaitAgain(entry, "requeue");
        }
        else ClearReservation(agent.AgentId, interactionId);
        PullFor(agent.AgentId);
        return Task.CompletedTask;
    }

    public Task OfferRejected(string interactionId, string agentId)
    {
        // The interaction ended or is being moved: whoever moves it enqueues it again.
        TakeOffer(interactionId, agentId);
        ClearReservation(agentId, interactionId);
        PullFor(agentId);
        return Task.CompletedTask;
    }

    public Task OfferReturned(string interactionId, string agentId, AgentAvailability agent)
    {
        Remember(agent);
        if (TakeOffer(interactionId, agentId) is { } entry) WaitAgain(entry with { AtFront = true }, "requeue");
        else ClearReservation(agentId, interactionId);
        PullFor(agentId);
        return Task.CompletedTask;
    }

    public Task Answered(string queueId, string interactionId, double waitSeconds, AgentAvailability agent)
    {
        Remember(agent);
        TakeOffer(interactionId, agent.AgentId);
        RemoveWaiting(interactionId);
        ClearReservation(agent.AgentId, interactionId);
        if (_queues.TryGetValue(queueId, out var queue))
        {
            var target = queue.Config.ServiceLevel;
            queue.Stats.Record(time.GetUtcNow(), s => s.AnsweredAfter(waitSeconds, target));
            MarkDirty(queueId);
        }
        PullFor(agent.AgentId);
        return Task.CompletedTask;
    }

    public Task Completed(string queueId, double handleSeconds, AgentAvailability agent)
    {
        if (_queues.TryGetValue(queueId, out var queue))
        {
            queue.Stats.Record(time.GetUtcNow(), s => s.CompletedAfter(handleSeconds));
            MarkDirty(queueId);
        }
        return AgentChanged(agent);
    }

    public Task Remove(string interactionId, InteractionStatus reason)
    {
        _overflowing.Remove(interactionId);
        string? queueId = null;
        if (_waitingIn.TryGetValue(interactionId, out var waitingIn)) queueId = waitingIn;
        RemoveWaiting(interactionId);
        if (_offered.TryGetValue(interactionId, out var offered))
        {
            queueId = offered.Entry.QueueId;
            TakeOffer(interactionId, offered.AgentId);
            FireAndForget.Run(GrainFactory.GetGrain<IAgentGrain>(offered.AgentId).OfferWithdrawn(interactionId,
                reason == InteractionStatus.Abandoned ? "caller hung up" : "it was transferred elsewhere"), logger, "withdraw an offer");
            PullFor(offered.AgentId);
        }
        if (queueId is not null && reason == InteractionStatus.Abandoned && _queues.TryGetValue(queueId, out var queue))
            queue.Stats.Record(time.GetUtcNow(), s => s.Abandon());
        return Task.CompletedTask;
    }

    /// <summary>Takes the offer of the interaction to this agent off the books, clearing the reservation; null if there is none.</summary>
    private QueueEntry? TakeOffer(string interactionId, string agentId)
    {
        if (!_offered.TryGetValue(interactionId, out var offered) || offered.AgentId != agentId) return null;
        _offered.Remove(interactionId);
        ClearReservation(agentId, interactionId);
        MarkDirty(offered.Entry.QueueId);
        return offered.Entry;
    }

    /// <summary>An entry whose offer did not stick waits again in its queue and the queue is dispatched.</summary>
    private void WaitAgain(QueueEntry entry, string trigger)
    {
        if (!_queues.TryGetValue(entry.QueueId, out var queue)) return;
        AddWaiting(queue, entry);
        DispatchQueue(entry.QueueId, trigger);
        ArmDueTimer(queue);
    }
}
