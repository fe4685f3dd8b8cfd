using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Grains.Routing.Router;

/// <summary>Matching waiting work with free agents: on arrival, when an agent is free, and in a bounded pass.</summary>
public sealed partial class RouterGrain
{
    /// <summary>Bounds one dispatch pass of a queue, so a burst cannot hold the router's turn for long.</summary>
    private const int MaxOffersPerPass = 100;

    public Task<Offer?> Enqueue(QueueEntry entry)
    {
        var queue = Queue(entry.QueueId);
        var id = entry.InteractionId;
        if (_waitingIn.ContainsKey(id) || _offered.ContainsKey(id)) return Task.FromResult<Offer?>(null);
        AddWaiting(queue, entry);
        queue.Stats.Record(time.GetUtcNow(), s => s.Arrived());
        var offer = OfferBestAgent(queue, entry, "arrival", notifyInteraction: false);
        if (offer is null) ArmDueTimer(queue);
        return Task.FromResult(offer);
    }

    private void AddWaiting(RoutedQueue queue, QueueEntry entry)
    {
        queue.Index.Add(entry);
        _waitingIn[entry.InteractionId] = entry.QueueId;
        MarkDirty(entry.QueueId);
    }

    private void RemoveWaiting(string interactionId)
    {
        if (!_waitingIn.Remove(interactionId, out var queueId)) return;
        if (_queues.TryGetValue(queueId, out var queue)) queue.Index.Remove(interactionId);
        MarkDirty(queueId);
    }

    /// <summary>Offers one waiting entry to the best free agent for it, if any.</summary>
    private Offer? OfferBestAgent(RoutedQueue queue, QueueEntry entry, string trigger, bool notifyInteraction = true)
    {
        if (!_agents.AnyFree) return null;
        var now = time.GetUtcNow();
        var requirements = queue.Index.RequirementsNow(entry, now);
        var retention = queue.RetentionFor(entry);
        var ranked = _agents.Best(entry.Channel, requirements, now, retention);
        if (ranked.Best is null) return null;
        var score = PriorityScore.Of(entry, queue.Config, now);
        var decision = RouterDecisions.Chosen(entry, queue.Config.QueueId, ranked, retention, requirements, score, now, trigger);
        return MakeOffer(queue, entry, decision, now, notifyInteraction);
    }

    /// <summary>
    /// Cross-queue pull for a free agent: the best waiting work it may take in each of its queues, the best-scored one
    /// (then by queue id) is offered, and the others are named in the decision as the competition.
    /// </summary>
    private void PullFor(string agentId)
    {
        if (FreeAgent(agentId) is not { } agent) return;
        var now = time.GetUtcNow();
        var found = new List<(RoutedQueue Queue, QueueEntry Entry, ScoreBreakdown Score)>();
        foreach (var queueId in _agents.QueuesOf(agentId))
            if (_queues.TryGetValue(queueId, out var queue) && queue.Index.Count > 0 && queue.Index.BestFor(agent, now) is { } best)
                found.Add((queue, best.Entry, best.Score));
        if (found.Count == 0) return;
        found.Sort((a, b) => b.Score.Total.CompareTo(a.Score.Total) is var c && c != 0 ? c : string.CompareOrdinal(a.Queue.Config.QueueId, b.Queue.Config.QueueId));
        var competing = found.Select(f => new CompetingInteraction(f.Queue.Config.QueueId, f.Entry.InteractionId, f.Score.Total)).ToArray();
        var (chosen, entry, score) = found[0];
        var requirements = chosen.Index.RequirementsNow(entry, now);
        var decision = RouterDecisions.Pulled(entry, chosen.Config, agent, requirements, score, competing, now);
        MakeOffer(chosen, entry, decision, now, notifyInteraction: true);
    }

    /// <summary>A pass over one queue: the first head (best of its requirement class) with an eligible free agent wins; repeat.</summary>
    private void DispatchQueue(string queueId, string trigger)
    {
        if (!_queues.TryGetValue(queueId, out var queue)) return;
        for (var offers = 0; offers < MaxOffersPerPass && queue.Index.Count > 0 && _agents.AnyFree; offers++)
        {
            var offered = false;
            foreach (var (entry, _, _) in queue.Index.Heads(time.GetUtcNow()))
                if (OfferBestAgent(queue, entry, trigger) is not null) { offered = true; break; }
            if (!offered) return;
        }
    }

    /// <summary>Records the offer and reserves the agent, then tells the agent (and the interaction) one-way.</summary>
    private Offer MakeOffer(RoutedQueue queue, QueueEntry entry, RoutingDecision decision, DateTimeOffset now, bool notifyInteraction)
    {
        var agentId = decision.AgentId;
        var offer = new Offer(entry, now, queue.Config.OfferTimeoutSeconds, decision, queue.Config.WrapUpSeconds);
        RemoveWaiting(entry.InteractionId);
        _offered[entry.InteractionId] = (entry, agentId);
        Reserve(agentId, entry.InteractionId);
        FireAndForget.Run(GrainFactory.GetGrain<IAgentGrain>(agentId).Offer(offer), logger, "offer to agent");
        if (notifyInteraction)
            FireAndForget.Run(GrainFactory.GetGrain<IInteractionGrain>(entry.InteractionId).Offered(offer), logger, "offer record");
        if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("Router offered {InteractionId} of {QueueId} to {AgentId} ({Trigger})", entry.InteractionId, entry.QueueId, agentId, decision.Trigger);
        return offer;
    }
}
