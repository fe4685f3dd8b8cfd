namespace ContactCenter.Grains.Queues;

/// <summary>Time-driven work: overflow at the maximum wait, then a dispatch pass for widened requirements.</summary>
public sealed partial class QueueGrain
{
    public async Task Evaluate()
    {
        if (state.State.Config is not { } config) return;
        var now = time.GetUtcNow();
        if (config.Overflow.Kind != OverflowKind.None)
        {
            var due = _room.Waiting.Where(e => (now - e.QueuedAt).TotalSeconds >= config.MaxWaitSeconds).ToList();
            foreach (var entry in due) await Overflow(entry, config.Overflow, now);
        }
        await Dispatch("timer");
        PublishLive();
    }

    /// <summary>
    /// Moves an interaction on. A second overflow, or a target queue that does not exist, ends it as
    /// Overflowed rather than bouncing it between queues.
    /// </summary>
    private async Task Overflow(QueueEntry entry, OverflowTarget target, DateTimeOffset now)
    {
        _room.Remove(entry.InteractionId);
        Record(s => s.OverflowOut());
        QueueEntry? moved = null;
        if (target.Kind == OverflowKind.Queue && entry.OverflowHops == 0 && await QueueExists(target.QueueId!))
            moved = entry with { QueueId = target.QueueId!, QueuedAt = now, AtFront = false, OverflowHops = 1 };
        var interaction = GrainFactory.GetGrain<IInteractionGrain>(entry.InteractionId);
        bool stillLive;
        try { stillLive = await interaction.Overflowed(QueueId, target, moved); }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Queue {QueueId} could not overflow {InteractionId}; it keeps waiting", QueueId, entry.InteractionId);
            _room.Add(entry);
            return;
        }
        if (stillLive && moved is not null)
            await GrainFactory.GetGrain<IQueueGrain>(moved.QueueId).AcceptOverflow(moved);
        logger.LogInformation("Queue {QueueId} overflowed {InteractionId} to {Target}", QueueId, entry.InteractionId,
            moved?.QueueId ?? target.Kind.ToString());
    }

    private async Task<bool> QueueExists(string queueId)
    {
        var queues = await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetQueues();
        return queues.Any(q => q.QueueId == queueId);
    }
}
