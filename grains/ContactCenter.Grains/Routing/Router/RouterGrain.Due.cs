namespace ContactCenter.Grains.Routing.Router;

/// <summary>
/// Time-driven work: one grain timer set to the earliest moment something is due in any queue (a service-level
/// threshold, a widening step, a maximum wait), none when nothing is due. Then overflow, then a dispatch pass.
/// </summary>
public sealed partial class RouterGrain
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);
    private static readonly TimeSpan OverflowRetry = TimeSpan.FromSeconds(1);
    private IGrainTimer? _dueTimer;
    private DateTimeOffset? _armedFor;

    public Task Evaluate()
    {
        RunDue();
        return Task.CompletedTask;
    }

    private void RunDue()
    {
        var now = time.GetUtcNow();
        _armedFor = null;
        foreach (var queue in _queues.Values.ToList())
            foreach (var entry in queue.Index.Advance(now))
                Overflow(queue, entry, now);
        foreach (var queueId in _queues.Keys.ToList()) DispatchQueue(queueId, "timer");
        ArmDueTimer();
    }

    /// <summary>
    /// Moves an interaction on at its maximum wait. A second overflow, or a target the router does not route for, ends
    /// it as Overflowed. The entry leaves its queue now and is settled when the interaction answers: moved into the
    /// target, dropped if it had ended, or put back where it waited if it could not be told.
    /// </summary>
    private void Overflow(RoutedQueue queue, QueueEntry entry, DateTimeOffset now)
    {
        var target = queue.Config.Overflow;
        RemoveWaiting(entry.InteractionId);
        queue.Stats.Record(now, s => s.OverflowOut());
        QueueEntry? moved = null;
        if (target.Kind == OverflowKind.Queue && entry.OverflowHops == 0 && _queues.ContainsKey(target.QueueId!))
            moved = entry with { QueueId = target.QueueId!, QueuedAt = now, AtFront = false, OverflowHops = 1 };
        _overflowing[entry.InteractionId] = entry;
        var told = GrainFactory.GetGrain<IInteractionGrain>(entry.InteractionId).Overflowed(entry.QueueId, target, moved);
        _ = Settle(told, this.AsReference<IRouterGrain>(), entry, moved);
        logger.LogInformation("Router overflowed {InteractionId} from {QueueId} to {Target}", entry.InteractionId, entry.QueueId, moved?.QueueId ?? target.Kind.ToString());

        static async Task Settle(Task<bool> told, IRouterGrain router, QueueEntry from, QueueEntry? movedTo)
        {
            bool? accepted;
            try { accepted = await told; }
            catch { accepted = null; }
            await router.OverflowSettled(from, movedTo, accepted);
        }
    }

    public Task OverflowSettled(QueueEntry from, QueueEntry? movedTo, bool? accepted)
    {
        if (!_overflowing.Remove(from.InteractionId)) return Task.CompletedTask; // removed (abandoned) meanwhile
        var back = accepted switch
        {
            true => movedTo,
            null => from,
            false => null,
        };
        if (back is null || !_queues.TryGetValue(back.QueueId, out var queue))
        {
            if (back is not null) logger.LogError("Router cannot put {InteractionId} back: queue {QueueId} is gone", back.InteractionId, back.QueueId);
            return Task.CompletedTask;
        }
        var now = time.GetUtcNow();
        AddWaiting(queue, back);
        if (accepted is null)
        {
            // Its maximum wait has passed, so no due time will bring it up again: try again in a second.
            logger.LogWarning("Router could not overflow {InteractionId}; it keeps waiting in {QueueId}", from.InteractionId, from.QueueId);
            ArmAt(now.Add(OverflowRetry), now);
        }
        else queue.Stats.Record(now, s => s.Arrived());
        DispatchQueue(back.QueueId, accepted is null ? "timer" : "arrival");
        ArmDueTimer(queue);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sets the one timer to the earliest due moment, when that is sooner than it is set for: over all queues, or over
    /// one queue that just gained work (the timer, when it fires, looks at them all again).
    /// </summary>
    private void ArmDueTimer(RoutedQueue? only = null)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var queue in only is null ? _queues.Values : (IEnumerable<RoutedQueue>)[only])
            if (queue.Index.Count > 0 && queue.Index.NextDue(now) is { } due && (next is null || due < next)) next = due;
        if (next is { } at) ArmAt(at, now);
    }

    private void ArmAt(DateTimeOffset at, DateTimeOffset now)
    {
        if (_armedFor is { } armed && armed <= at) return;
        _armedFor = at;
        var wait = at - now;
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait;
        if (_dueTimer is null)
            _dueTimer = this.RegisterGrainTimer(_ => { RunDue(); return Task.CompletedTask; },
                new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        else _dueTimer.Change(wait, Timeout.InfiniteTimeSpan);
    }
}
