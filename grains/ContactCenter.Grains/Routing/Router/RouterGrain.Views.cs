using ContactCenter.Grains.Cases;
using ContactCenter.Grains.Live;

namespace ContactCenter.Grains.Routing.Router;

/// <summary>
/// What the router shows: a queue's live view for its snapshot, the wallboard figures (from O(1) counts, published a
/// short while after a change, only while something changed), and the case owner suggestion.
/// </summary>
public sealed partial class RouterGrain
{
    private static readonly TimeSpan PublishDelay = TimeSpan.FromMilliseconds(50);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private IGrainTimer? _publishTimer;

    public Task<QueueLiveView> GetQueueView(string queueId)
    {
        var queue = Queue(queueId);
        var config = queue.Config;
        var now = time.GetUtcNow();
        var waiting = queue.Index.Ordered(now).Select(x => Item(x.Entry, x.Score, false))
            .Concat(_offered.Values.Where(o => o.Entry.QueueId == queueId).Select(o => Item(o.Entry, PriorityScore.Of(o.Entry, config, now), true)))
            .ToArray();
        var available = _agents.Known.Where(a => a.OpenChannels.Count > 0 && _agents.QueuesOf(a.AgentId).Contains(queueId))
            .Select(a => a.AgentId).Order(StringComparer.Ordinal).ToArray();
        var offered = waiting.Count(w => w.BeingOffered);
        return Task.FromResult(new QueueLiveView(waiting, available, queue.Stats.Today(now), queue.Stats.Recent(now), offered));

        WaitingItem Item(QueueEntry e, ScoreBreakdown score, bool beingOffered) => new(
            e.InteractionId, e.Channel, e.CustomerId, e.QueuedAt, (now - e.ArrivedAt).TotalSeconds, score,
            Requirements.For(config, e, (now - e.QueuedAt).TotalSeconds).All, beingOffered);
    }

    public Task<string?> SuggestCaseOwner(string queueId, string? exceptAgentId, IReadOnlyList<string>? excluded)
    {
        var config = Queue(queueId).Config;
        var skip = new HashSet<string>(excluded ?? [], StringComparer.Ordinal);
        if (exceptAgentId is not null) skip.Add(exceptAgentId);
        var serving = _agents.Known.Where(a => _agents.QueuesOf(a.AgentId).Contains(queueId));
        return Task.FromResult(CaseOwnerRanking.Best(serving, config.RequiredSkills, time.GetUtcNow(), skip));
    }

    /// <summary>The latest callback counts per queue, from each queue's schedule (it sends them again on every change).</summary>
    private readonly Dictionary<string, CallbackCounts> _callbacks = new(StringComparer.Ordinal);

    public Task CallbacksChanged(CallbackCounts counts)
    {
        _callbacks[counts.QueueId] = counts;
        MarkDirty(counts.QueueId);
        return Task.CompletedTask;
    }

    private void MarkDirty(string queueId)
    {
        if (!_dirty.Add(queueId) || _publishTimer is not null) return;
        _publishTimer = this.RegisterGrainTimer(_ => { PublishDirty(); return Task.CompletedTask; },
            new GrainTimerCreationOptions(PublishDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    /// <summary>Hands each changed queue's wallboard view to this silo's publisher, then sleeps until the next change.</summary>
    private void PublishDirty()
    {
        _publishTimer?.Dispose();
        _publishTimer = null;
        var now = time.GetUtcNow();
        foreach (var queueId in _dirty)
            if (_queues.TryGetValue(queueId, out var queue))
                live.Publish(LiveViews.Of(queue.Config, queue.Index.Count, queue.Index.OldestArrival, _agents.FreeIn(queueId),
                    queue.Stats.Today(now), queue.Stats.Recent(now)) with
                {
                    ScheduledCallbacks = _callbacks.GetValueOrDefault(queueId)?.Scheduled ?? 0,
                    OverdueCallbacks = _callbacks.GetValueOrDefault(queueId)?.Overdue ?? 0,
                });
        _dirty.Clear();
    }
}
