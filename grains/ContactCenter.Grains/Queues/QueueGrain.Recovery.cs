namespace ContactCenter.Grains.Queues;

/// <summary>
/// Rebuilding a queue's live state after its silo died (cluster mode). Who waits comes back from the
/// interactions themselves (their audit calls Restore); which agents are available comes back when the
/// reactivated queue asks every registered agent to announce itself.
/// </summary>
public sealed partial class QueueGrain
{
    public async Task Restore(QueueEntry entry, string? offeredTo)
    {
        _ = Config;
        var id = entry.InteractionId;
        var heldBy = _room.OfferedTo(id);
        if (offeredTo is null && (heldBy is not null || !_room.Contains(id)))
        {
            if (heldBy is not null) _room.Unoffer(id);
            else _room.Add(entry with { QueueId = QueueId });
            logger.LogWarning("Queue {QueueId} restored {InteractionId} as waiting (queued at {QueuedAt:O})", QueueId, id, entry.QueuedAt);
            await Dispatch("recovery");
            PublishLive();
        }
        else if (offeredTo is not null && heldBy != offeredTo)
        {
            _room.MarkOffered(entry with { QueueId = QueueId }, offeredTo);
            logger.LogWarning("Queue {QueueId} restored {InteractionId} as offered to {AgentId}", QueueId, id, offeredTo);
            PublishLive();
        }
    }

    /// <summary>A configured queue activating again lost its agents' availability: ask them to say it again.</summary>
    private async Task AskAgentsToAnnounce()
    {
        if (!recovery.Enabled || state.State.Config is null) return;
        var agents = await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetAgents();
        foreach (var agentId in agents) _ = GrainFactory.GetGrain<IAgentGrain>(agentId).Announce();
        logger.LogInformation("Queue {QueueId} activated with its configuration; asked {Count} agent(s) to announce", QueueId, agents.Count);
    }
}
