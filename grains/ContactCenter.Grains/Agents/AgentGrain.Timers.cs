namespace ContactCenter.Grains.Agents;

/// <summary>
/// Due events: a pending offer's expiry, a consult request's timeout, a wrap-up limit. One one-shot grain timer is
/// set to the earliest of them after every change, and disposed when nothing is due, so an idle agent costs nothing.
/// </summary>
public sealed partial class AgentGrain
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);
    private IGrainTimer? _dueTimer;
    private DateTimeOffset? _armedFor;

    public async Task EvaluateTimers()
    {
        _armedFor = null;
        var now = time.GetUtcNow();
        var lapsed = _work.PendingOffers
            .Where(o => now - o.OfferedAt >= TimeSpan.FromSeconds(o.TimeoutSeconds))
            .Select(o => o.Entry.InteractionId).ToList();
        foreach (var id in lapsed)
        {
            if (_work.OfferFor(id) is not { } offer) continue;
            _counters = _counters with { Missed = _counters.Missed + 1 };
            _notice = new AgentNotice(id, offer.Entry.QueueId, AgentNotice.Missed, $"you did not answer in {offer.TimeoutSeconds} s", now);
            await ReturnOffer(id, "missed");
            logger.LogInformation("Agent {AgentId} missed {InteractionId}; now NotReady", AgentId, id);
        }
        await EvaluateConsultTimeouts(now);
        await EvaluateWrapUpLimits(now);
        ArmTimer();
    }

    /// <summary>Sets the timer to the earliest due event, or disposes it when nothing is due.</summary>
    private void ArmTimer()
    {
        DateTimeOffset? next = null;
        foreach (var offer in _work.PendingOffers) Earliest(offer.OfferedAt.AddSeconds(offer.TimeoutSeconds));
        foreach (var consult in _work.PendingConsults) Earliest(consult.OfferedAt.AddSeconds(consult.TimeoutSeconds));
        foreach (var item in _work.Items) if (item is { Status: WorkStatus.WrapUp, WrapUpEndsAt: { } ends }) Earliest(ends);
        if (next is null)
        {
            _dueTimer?.Dispose();
            (_dueTimer, _armedFor) = (null, null);
            return;
        }
        if (_armedFor == next) return;
        _armedFor = next;
        var wait = next.Value - time.GetUtcNow();
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait;
        if (_dueTimer is null)
            _dueTimer = this.RegisterGrainTimer(_ => EvaluateTimers(), new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        else _dueTimer.Change(wait, Timeout.InfiniteTimeSpan);

        void Earliest(DateTimeOffset at)
        {
            if (next is null || at < next) next = at;
        }
    }
}
