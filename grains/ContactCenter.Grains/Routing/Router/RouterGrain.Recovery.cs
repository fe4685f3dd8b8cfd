
namespace ContactCenter.Grains.Routing.Router;

/// <summary>
/// Rebuilding live routing state when the router activates (first use, or after its silo died in cluster mode): the
/// queues' configurations come from the directory and the queues, agents are asked to announce their availability,
/// and waiting or offered interactions come back from their own audits (<see cref="Restore"/>).
/// </summary>
public sealed partial class RouterGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var directory = GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key);
        foreach (var summary in await directory.GetQueues())
        {
            // GetConfig is AlwaysInterleave, so a queue awaiting this router while it activates still answers.
            try { await ConfigureQueue(await GrainFactory.GetGrain<IQueueGrain>(summary.QueueId).GetConfig()); }
            catch (ContactCenterException ex) { logger.LogWarning("Router skips queue {QueueId}: {Reason}", summary.QueueId, ex.Message); }
        }
        if (!recovery.Enabled) return;
        var agents = await directory.GetAgents();
        foreach (var agentId in agents) FireAndForget.Run(GrainFactory.GetGrain<IAgentGrain>(agentId).Announce(), logger, "ask to announce");
        logger.LogInformation("Router activated with {Queues} queue(s); asked {Agents} agent(s) to announce", _queues.Count, agents.Count);
    }

    public Task Restore(QueueEntry entry, string? offeredTo)
    {
        var id = entry.InteractionId;
        var queue = Queue(entry.QueueId);
        var heldBy = _offered.TryGetValue(id, out var offered) ? offered.AgentId : null;
        if (offeredTo is null && (heldBy is not null || !_waitingIn.ContainsKey(id)))
        {
            var waiting = heldBy is not null ? TakeOffer(id, heldBy) ?? entry : entry;
            _overflowing.Remove(id);
            logger.LogWarning("Router restored {InteractionId} as waiting in {QueueId} (queued at {QueuedAt:O})", id, entry.QueueId, entry.QueuedAt);
            WaitAgain(waiting, "recovery");
            if (heldBy is not null) PullFor(heldBy);
        }
        else if (offeredTo is not null && heldBy != offeredTo)
        {
            if (heldBy is not null) TakeOffer(id, heldBy);
            RemoveWaiting(id);
            _offered[id] = (entry, offeredTo);
            Reserve(offeredTo, id);
            MarkDirty(queue.Config.QueueId);
            logger.LogWarning("Router restored {InteractionId} as offered to {AgentId}", id, offeredTo);
        }
        return Task.CompletedTask;
    }
}
