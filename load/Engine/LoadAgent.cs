using ContactCenter.Contracts;

namespace ContactCenter.Load.Engine;

/// <summary>
/// A simulated agent that answers every offer at once, talks for the call's handle time (simulated) and completes.
/// Off shift, it finishes its call and goes not ready before completing, so Complete does not pull the next caller.
/// </summary>
internal sealed class LoadAgent(AgentSlot slot, IGrainFactory grains, LoadScheduler scheduler, CallLedger ledger) : IAgentObserver
{
    public const string OffShift = "off-shift";
    private readonly HashSet<string> _seen = [];
    private IAgentObserver? _reference;
    private long _lastVersion = -1;

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(slot.Id);

    public Task SubscribeAsync() => Agent.Subscribe(_reference ??= grains.CreateObjectReference<IAgentObserver>(this));

    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        lock (_seen)
        {
            // Notifications are one-way and can overtake each other.
            if (snapshot.Version <= _lastVersion) return Task.CompletedTask;
            _lastVersion = snapshot.Version;
            // The ledger is updated inside tracked work: updated first, the virtual clock could see a settled
            // center (no caller waiting) in the instant before the answer is tracked, and move on.
            foreach (var offer in snapshot.Work.Where(w => w.Status == WorkStatus.Offered && _seen.Add(w.InteractionId)))
                scheduler.Run(() => ledger.Offered(offer.InteractionId, slot.Id, scheduler.Now) ? Answer(offer.InteractionId) : Task.CompletedTask);
            if (snapshot.Presence == AgentPresence.NotReady && snapshot.NotReadyReason is "missed" or "declined" && slot.OnDuty)
                scheduler.Run(SetReady);
        }
        scheduler.Changed();
        return Task.CompletedTask;
    }

    private async Task Answer(string interactionId)
    {
        try { await Agent.Accept(interactionId); }
        catch (ContactCenterException)
        {
            ledger.OfferFailed(interactionId, slot.Id);   // the caller hung up while it rang, or the offer lapsed
            lock (_seen) _seen.Remove(interactionId);     // so a later re-offer of the same call is answered
            return;
        }
        var call = ledger.Find(interactionId);
        var handle = call.Plan.HandleSeconds(slot.Group);
        ledger.Answered(interactionId, scheduler.Now, handle);
        scheduler.At(scheduler.Now + handle, () => Complete(interactionId));
    }

    private async Task Complete(string interactionId)
    {
        if (!slot.OnDuty) await Agent.SetNotReady(OffShift);
        await Agent.Complete(interactionId, "load", null);
        ledger.Completed(interactionId, slot.Id, scheduler.Now);
        lock (_seen) _seen.Remove(interactionId);
    }

    public async Task SetReady()
    {
        try { await Agent.SetReady(); }
        catch (ContactCenterException) { /* busy: it becomes free when its call completes */ }
    }

    public async Task GoOffShift()
    {
        try { await Agent.SetNotReady(OffShift); }
        catch (ContactCenterException) { /* already not ready */ }
    }
}
