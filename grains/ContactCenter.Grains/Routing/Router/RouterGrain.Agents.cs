namespace ContactCenter.Grains.Routing.Router;

/// <summary>Agents' availability, with the router's own reservations applied, and the queues each agent serves.</summary>
public sealed partial class RouterGrain
{
    public Task AgentChanged(AgentAvailability availability)
    {
        if (!Remember(availability)) return Task.CompletedTask;
        Reindex(availability.AgentId);
        PullFor(availability.AgentId);
        return Task.CompletedTask;
    }

    /// <summary>Keeps the newest availability an agent reported; false for a stale one.</summary>
    private bool Remember(AgentAvailability availability)
    {
        if (_reported.TryGetValue(availability.AgentId, out var known) && known.Version >= availability.Version) return false;
        _reported[availability.AgentId] = availability;
        return true;
    }

    /// <summary>Puts the agent in the index as the router must see it: no open channel while an offer to it is out.</summary>
    private void Reindex(string agentId)
    {
        if (!_reported.TryGetValue(agentId, out var reported)) return;
        var before = _agents.QueuesOf(agentId);
        var queues = QueuesServedBy(reported);
        var seen = _reservations.ContainsKey(agentId) && reported.OpenChannels.Count > 0 ? reported with { OpenChannels = [] } : reported;
        _agents.Set(seen, queues);
        foreach (var q in before) MarkDirty(q);
        foreach (var q in queues) MarkDirty(q);
    }

    /// <summary>The queues whose skills (required or backup) the agent has any of, as the directory has always defined it.</summary>
    private IReadOnlyList<string> QueuesServedBy(AgentAvailability agent)
    {
        var served = new List<string>();
        foreach (var (queueId, queue) in _queues)
            if (QueueSkills.Serves(queue.Skills, agent.Skills))
                served.Add(queueId);
        return served;
    }

    private AgentAvailability? FreeAgent(string agentId) =>
        _agents.Find(agentId) is { OpenChannels.Count: > 0 } agent ? agent : null;

    private void Reserve(string agentId, string interactionId)
    {
        _reservations[agentId] = interactionId;
        Reindex(agentId);
    }

    /// <summary>Clears the agent's reservation when it is for this interaction.</summary>
    private void ClearReservation(string agentId, string interactionId)
    {
        if (_reservations.TryGetValue(agentId, out var held) && held == interactionId) _reservations.Remove(agentId);
        Reindex(agentId);
    }
}
