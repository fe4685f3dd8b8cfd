using System.Collections.Concurrent;
using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Demo;

/// <summary>
/// Simulated case workers. Each case gets a script drawn when it opens (seeded draws, simulation clock):
/// picked up after a delay, sometimes waiting on the customer, resolved, closed. A neglected case is left
/// alone past the policy's supervisor step, so the demo shows escalations; it is picked up in the end.
/// A worker acts as whoever owns the case then (escalation may have reassigned it), else as its queue's worker.
/// </summary>
public sealed class CaseWorkers(IGrainFactory grains, SimulationClock sim, ILogger logger)
{
    private readonly ConcurrentDictionary<string, Task> _working = new(StringComparer.Ordinal);
    private long _opened;
    private long _fromCalls;

    private CaseSimulationOptions Options => sim.Options.Cases;

    public int Working => _working.Count;

    /// <summary>Opens the demo's startup cases and starts working them.</summary>
    public async Task SeedAsync()
    {
        var seeded = DemoCases.Seeded(Options.SeedCases, sim.Options.Seed, sim.Options.Customers);
        for (var i = 0; i < seeded.Count; i++) await Open(seeded[i].CaseId, seeded[i].Draft, neglect: i % DemoCases.NeglectedSeedEvery == 1);
        logger.LogInformation("Opened {Count} demo cases at startup", Options.SeedCases);
    }

    /// <summary>After a completed call: a follow-up code opens a case (at the configured rate) from that call.</summary>
    public async Task AfterCall(string agentId, InteractionSnapshot call, string wrapUpCode)
    {
        if (call.CustomerId is null || call.QueueId is null || !WrapUpCodes.NeedsFollowUp(wrapUpCode)) return;
        if (!sim.Draw(d => d.Chance(Options.OpenRatePercent))) return;
        if (SimulationClock.Early(Interlocked.Increment(ref _fromCalls)))
            logger.LogInformation("{AgentId} opens a case from {InteractionId} ({Code})", agentId, call.InteractionId, wrapUpCode);
        var tier = (await grains.GetGrain<ICustomerGrain>(call.CustomerId).GetRoutingInfo()).Tier;
        var draft = new CaseDraft(call.CustomerId, DemoCases.Subject(wrapUpCode), call.QueueId, DemoCases.Priority(wrapUpCode, tier),
            call.Channel, $"Opened by {agentId} after the call ({wrapUpCode}).", InteractionId: call.InteractionId, AgentId: agentId);
        Actor.Set(agentId);
        await Open(DemoCases.CaseIdFor(call.InteractionId), draft);
    }

    /// <summary>Waits for the scripts still running when the simulation stops.</summary>
    public Task DrainAsync() => Task.WhenAll(_working.Values);

    private async Task Open(string caseId, CaseDraft draft, bool neglect = false)
    {
        try { await grains.GetGrain<ICaseGrain>(caseId).Create(draft); }
        catch (ContactCenterException ex) when (ex.Kind == ErrorKind.Conflict)
        {
            // A persistent cluster already holds this id from an earlier run: leave it as it is.
            logger.LogDebug("Demo case {CaseId} not opened: {Reason}", caseId, ex.Message);
            return;
        }
        catch (ContactCenterException ex)
        {
            logger.LogWarning("Demo case {CaseId} could not be opened: {Reason}", caseId, ex.Message);
            return;
        }
        var script = sim.Draw(d => Script.Draw(d, Options, neglect));
        if (SimulationClock.Early(Interlocked.Increment(ref _opened)))
            logger.LogInformation("Opened case {CaseId} ({Priority}) in {QueueId}; worker starts it in {Pickup:0}s{Neglect}",
                caseId, draft.Priority, draft.QueueId, script.PickupSeconds, script.Neglected ? " (neglected: it will escalate)" : "");
        _working[caseId] = Work(caseId, draft.AgentId ?? $"{draft.QueueId}-worker", script);
    }

    private async Task Work(string caseId, string fallbackActor, Script script)
    {
        await Task.Yield();
        var grain = grains.GetGrain<ICaseGrain>(caseId);
        try
        {
            await sim.Wait(script.PickupSeconds);
            var snapshot = await grain.GetSnapshot();
            if (!snapshot.Status.IsOpen() || snapshot.Status.IsStarted()) return;
            Actor.Set(snapshot.AgentId ?? fallbackActor);
            await grain.ChangeStatus(CaseStatus.InProgress, "Worker picked the case up");
            if (script.PendingSeconds is { } pending)
            {
                await sim.Wait(script.WorkSeconds / 3);
                Actor.Set(snapshot.AgentId ?? fallbackActor);
                await grain.ChangeStatus(CaseStatus.PendingCustomer, "Asked the customer for details");
                await sim.Wait(pending);
                Actor.Set(snapshot.AgentId ?? fallbackActor);
                await grain.ChangeStatus(CaseStatus.InProgress, "The customer replied");
            }
            await sim.Wait(script.WorkSeconds);
            snapshot = await grain.GetSnapshot();
            Actor.Set(snapshot.AgentId ?? fallbackActor);
            await grain.ChangeStatus(CaseStatus.Resolved, "Solved and confirmed with the customer");
            await sim.Wait(script.CloseSeconds);
            Actor.Set(snapshot.AgentId ?? fallbackActor);
            await grain.ChangeStatus(CaseStatus.Closed);
        }
        catch (OperationCanceledException) when (sim.Stopping.IsCancellationRequested) { }
        catch (ContactCenterException ex)
        {
            // Someone else moved the case meanwhile (a supervisor, the API): a real worker moves on.
            logger.LogDebug("Worker left case {CaseId}: {Reason}", caseId, ex.Message);
        }
        catch (Exception ex) { logger.LogWarning(ex, "Simulated case worker on {CaseId} hit an error", caseId); }
        finally { _working.TryRemove(caseId, out _); }
    }

    /// <summary>One case's drawn course, in simulated seconds.</summary>
    internal sealed record Script(double PickupSeconds, bool Neglected, double? PendingSeconds, double WorkSeconds, double CloseSeconds)
    {
        public static Script Draw(Draws d, CaseSimulationOptions o, bool neglect = false)
        {
            var neglected = d.Chance(o.NeglectPercent) || neglect;
            // Neglected: past pickup, supervisor and half the managers' step, so at least two escalations show.
            var pickup = neglected
                ? 60 * (o.PickupMinutes + o.SupervisorMinutes + o.ManagersMinutes / 2.0) + d.Exponential(120)
                : d.Exponential(o.PickupSecondsMean);
            double? pending = d.Chance(o.PendingCustomerPercent) ? d.Exponential(o.PendingSecondsMean) : null;
            return new Script(pickup, neglected, pending, d.Exponential(o.WorkSecondsMean), d.Exponential(o.CloseAfterSecondsMean));
        }
    }
}
