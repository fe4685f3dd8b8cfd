using System.Collections.Concurrent;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>
/// An agent that accepts every offer at once and completes it after a fixed handle time (none by default).
/// The offer is timestamped in the callback itself, before anything is awaited, since that is the moment the
/// agent sees it. No exception escapes: refusals and timeouts are counted by the tracker.
/// </summary>
internal sealed class BenchAgent(string agentId, IGrainFactory grains, TimeSpan handle, BenchTracker tracker) : IAgentObserver
{
    private readonly ConcurrentDictionary<string, byte> _seen = new();
    private IAgentObserver? _reference;
    private int _returning;

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(agentId);

    /// <summary>Subscribes, or renews the subscription before the agent lets it expire.</summary>
    public Task SubscribeAsync() => Agent.Subscribe(_reference ??= grains.CreateObjectReference<IAgentObserver>(this));

    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        foreach (var offer in snapshot.Work.Where(w => w.Status == WorkStatus.Offered))
        {
            if (!_seen.TryAdd(offer.InteractionId, 0)) continue;
            tracker.Offered(offer.InteractionId);
            _ = Handle(offer.InteractionId);
        }
        // A lapsed offer (a lost notification) parks the agent; put it back so the run keeps its agents.
        if (snapshot.Presence == AgentPresence.NotReady && snapshot.NotReadyReason is "missed" or "declined"
            && Interlocked.Exchange(ref _returning, 1) == 0)
            _ = ReturnToReady();
        return Task.CompletedTask;
    }

    private async Task Handle(string interactionId)
    {
        var outcome = ArrivalOutcome.Failed;
        try
        {
            await Agent.Accept(interactionId);
            // A wall-clock benchmark: real time on purpose, not a simulated clock.
            if (handle > TimeSpan.Zero) await Task.Delay(handle, TimeProvider.System);
            await Agent.Complete(interactionId, "bench", null);
            outcome = ArrivalOutcome.Completed;
        }
        catch (ContactCenterException) { outcome = ArrivalOutcome.Refused; }
        catch (Exception ex) { tracker.Failed("accept/complete", ex); }
        finally
        {
            _seen.TryRemove(interactionId, out _);
            tracker.Finished(interactionId, outcome);
        }
    }

    private async Task ReturnToReady()
    {
        try { await Agent.SetReady(); }
        catch (ContactCenterException) { /* already busy again */ }
        catch (Exception ex) { tracker.Failed("set-ready", ex); }
        finally { Interlocked.Exchange(ref _returning, 0); }
    }
}
