using System.Collections.Concurrent;
using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Simulation;

/// <summary>
/// Stands in for a person at an agent console: told of offers by push, it answers after a short delay,
/// talks for a drawn handle time, wraps up, completes, and now and then takes a break.
/// </summary>
public sealed class AgentBot(string agentId, IGrainFactory grains, SimulationClock sim, ILogger logger) : IAgentObserver
{
    private readonly ConcurrentDictionary<string, byte> _handling = new();
    private int _comingBack;

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(agentId);

    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        foreach (var offer in snapshot.Work.Where(w => w.Status == WorkStatus.Offered))
            if (_handling.TryAdd(offer.InteractionId, 0)) Run(() => Handle(offer));
        if (snapshot.Presence == AgentPresence.NotReady && snapshot.NotReadyReason is "missed" or "declined"
            && Interlocked.Exchange(ref _comingBack, 1) == 0)
            Run(ComeBack);
        return Task.CompletedTask;
    }

    private async Task Handle(WorkItem offer)
    {
        var id = offer.InteractionId;
        try
        {
            if (SimulationClock.Early(sim.Counters.Offered()))
                logger.LogInformation("{AgentId} is offered {InteractionId} from {QueueId}", agentId, id, offer.QueueId);
            await sim.Wait(sim.Options.AnswerDelaySeconds);
            await Agent.Accept(id);
            sim.Counters.Answer();
            await sim.Wait(sim.Draw(d => d.Handle(sim.Options.HandleDistribution, sim.Options.HandleSecondsMean)));
            await grains.GetGrain<IInteractionGrain>(id).Ended();
            await sim.Wait(sim.Draw(d => d.Exponential(sim.Options.WrapUpSecondsMean)));
            await Agent.Complete(id, sim.Draw(d => d.Pick(WrapUpCodes.All)), null);
            if (SimulationClock.Early(sim.Counters.Complete()))
                logger.LogInformation("{AgentId} completed {InteractionId}", agentId, id);
            if (sim.Draw(d => d.Chance(sim.Options.BreakChancePercent))) await TakeBreak();
        }
        catch (ContactCenterException)
        {
            // The caller hung up or the offer lapsed meanwhile: a real agent would just move on.
        }
        finally { _handling.TryRemove(id, out _); }
    }

    private async Task TakeBreak()
    {
        await Agent.SetNotReady("break");
        await sim.Wait(sim.Draw(d => d.Exponential(sim.Options.BreakSecondsMean)));
        await ReadyIfIdle();
    }

    private async Task ComeBack()
    {
        try
        {
            await sim.Wait(sim.Options.AnswerDelaySeconds * 2);
            await ReadyIfIdle();
        }
        finally { Interlocked.Exchange(ref _comingBack, 0); }
    }

    private async Task ReadyIfIdle()
    {
        if ((await Agent.GetSnapshot()).Presence == AgentPresence.NotReady) await Agent.SetReady();
    }

    private void Run(Func<Task> work) => _ = Task.Run(async () =>
    {
        try { await work(); }
        catch (OperationCanceledException) when (sim.Stopping.IsCancellationRequested) { }
        catch (Exception ex) { logger.LogWarning(ex, "Simulated agent {AgentId} hit an error", agentId); }
    });
}
