using ContactCenter.Contracts;

namespace ContactCenter.Load.Failover;

/// <summary>
/// A simulated agent console: answers every offer at once, talks for the call's handle time and completes. It
/// re-subscribes every few seconds (an agent grain that moved with a dead silo has lost its observers), adopts
/// a connected call it did not know it held (an accept whose answer was lost), and counts every failed grain
/// call instead of failing. Completions are retried a few times, as an agent clicking again would.
/// </summary>
internal sealed class FailoverAgent(string agentId, Engine.PlannedAgentGroup group, IGrainFactory grains, FailoverLedger ledger,
    DriverErrors errors, TimeProvider time, Action<Func<Task>> track, CancellationToken stopping) : IAgentObserver
{
    private const int CompleteAttempts = 3;
    private static readonly TimeSpan CompleteRetry = TimeSpan.FromSeconds(3);
    private readonly HashSet<string> _handling = [];
    private IAgentObserver? _reference;

    public string AgentId => agentId;

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(agentId);

    /// <summary>Before the run: subscribe, log in and become ready. Failures here stop the run (nothing is measured yet).</summary>
    public async Task StartAsync()
    {
        await Agent.Subscribe(_reference ??= grains.CreateObjectReference<IAgentObserver>(this));
        await Agent.Login();
        await Agent.SetReady();
    }

    public async Task ResubscribeAsync()
    {
        try { await Agent.Subscribe(_reference!); }
        catch (Exception ex) { errors.Record("subscribe", ex); }
    }

    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        lock (_handling)
        {
            foreach (var work in snapshot.Work)
            {
                // Notifications can overtake each other: an old snapshot may still show a call completed since.
                if (!ledger.IsOurs(work.InteractionId) || ledger.IsCompleted(work.InteractionId) || !_handling.Add(work.InteractionId)) continue;
                var id = work.InteractionId;
                if (work.Status == WorkStatus.Offered)
                {
                    ledger.Offered(id, agentId);
                    track(() => Answer(id));
                }
                else track(() => Adopt(id));
            }
            if (snapshot.Presence == AgentPresence.NotReady && snapshot.NotReadyReason is "missed" or "declined") track(SetReady);
        }
        return Task.CompletedTask;
    }

    private async Task Answer(string interactionId)
    {
        try { await Agent.Accept(interactionId); }
        catch (Exception ex)
        {
            errors.Record("accept", ex);
            lock (_handling) _handling.Remove(interactionId);   // a re-offer, or the connected call if the accept did land, is taken up again
            return;
        }
        ledger.Answered(interactionId, agentId);
        await TalkAndComplete(interactionId);
    }

    /// <summary>The grain says this agent holds a call the driver never saw accepted: talk and complete it like any other.</summary>
    private async Task Adopt(string interactionId)
    {
        bool holds;
        try { holds = (await Agent.GetSnapshot()).Work.Any(w => w.InteractionId == interactionId && w.Status != WorkStatus.Offered); }
        catch (Exception ex)
        {
            errors.Record("adopt", ex);
            holds = false;
        }
        if (!holds || ledger.IsCompleted(interactionId))
        {
            lock (_handling) _handling.Remove(interactionId);
            return;
        }
        ledger.Answered(interactionId, agentId);
        await TalkAndComplete(interactionId);
    }

    private async Task TalkAndComplete(string interactionId)
    {
        var call = ledger.Find(interactionId);
        await Task.Delay(TimeSpan.FromSeconds(call.Plan.HandleSeconds(group)), time, stopping);
        for (var attempt = 1; attempt <= CompleteAttempts; attempt++)
        {
            try
            {
                await Agent.Complete(interactionId, "failover", null);
                ledger.Completed(interactionId);
                break;
            }
            catch (ContactCenterException ex)
            {
                errors.Record("complete", ex);   // the agent no longer holds it: retrying cannot help
                await NoteEnding(interactionId);
                break;
            }
            catch (Exception ex)
            {
                errors.Record("complete", ex);
                if (attempt < CompleteAttempts) await Task.Delay(CompleteRetry, time, stopping);
            }
        }
        lock (_handling) _handling.Remove(interactionId);
    }

    /// <summary>When the grain ended the call without this agent, the drain need not wait for it; the audit judges it.</summary>
    private async Task NoteEnding(string interactionId)
    {
        try
        {
            var status = (await grains.GetGrain<IInteractionGrain>(interactionId).GetSnapshot()).Status;
            if (status.IsTerminal()) ledger.EndedWithoutDriver(interactionId, status.ToString());
        }
        catch (Exception ex) { errors.Record("status", ex); }
    }

    private async Task SetReady()
    {
        try { await Agent.SetReady(); }
        catch (Exception ex) { errors.Record("set-ready", ex); }
    }
}
