using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Demo;

/// <summary>One offer as a simulated agent works it: answer (and dial, for a callback), talk, wrap up, complete, perhaps a break.</summary>
internal sealed class AgentBotCall(string agentId, IGrainFactory grains, SimulationClock sim, ILogger logger)
{
    private const string Break = "break";

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(agentId);

    public async Task Handle(WorkItem offer)
    {
        var id = offer.InteractionId;
        if (SimulationClock.Early(sim.Counters.Offered()))
            logger.LogInformation("{AgentId} is offered {InteractionId} from {QueueId}", agentId, id, offer.QueueId);
        await sim.Wait(sim.Options.AnswerDelaySeconds);
        await Agent.Accept(id);
        sim.Counters.Answer();
        if (offer.Channel == Channel.Callback && !await DialedAndAnswered(id)) return;
        var call = await grains.GetGrain<IInteractionGrain>(id).GetSnapshot();
        var waited = ((call.ConnectedAt ?? sim.Time.GetUtcNow()) - call.CreatedAt).TotalSeconds;
        await sim.Wait(sim.Draw(d => d.Handle(sim.Options.HandleDistribution, sim.Options.HandleSecondsMean)));
        await grains.GetGrain<IInteractionGrain>(id).Ended();
        await sim.Wait(sim.Draw(d => d.Exponential(sim.Options.WrapUpSecondsMean)));
        // Asked for during wrap-up, a break starts as the work ends, before Complete pulls the next caller.
        var takeBreak = sim.Draw(d => d.Chance(sim.Options.BreakChancePercent));
        if (takeBreak) await Agent.SetNotReady(Break);
        var code = sim.Draw(d => WrapUpCodes.For(waited, offer.QueueId, d));
        await Agent.Complete(id, code, null);
        if (sim.Cases is { } cases) await cases.AfterCall(agentId, call, code);
        await new LiveChurn(grains, sim, logger).AfterContact(call.CustomerId, id, waited, completed: true);
        if (SimulationClock.Early(sim.Counters.Complete()))
            logger.LogInformation("{AgentId} completed {InteractionId}{Break}", agentId, id, takeBreak ? " and went on a break" : "");
        if (!takeBreak) return;
        await sim.Wait(sim.Draw(d => d.Exponential(sim.Options.BreakSecondsMean)));
        await ReadyAgainIf(Agent, Break);
    }

    /// <summary>
    /// A callback is dialed first, after a moment to read the number. Nobody answering: the agent notes it in a short
    /// wrap-up and moves on; the callback is tried again later by its schedule.
    /// </summary>
    private async Task<bool> DialedAndAnswered(string id)
    {
        await sim.Wait(sim.Options.AnswerDelaySeconds);
        var dialed = await grains.GetGrain<IInteractionGrain>(id).Dial();
        if (dialed.Callback?.LastOutcome == DialOutcome.Answered) return true;
        await sim.Wait(sim.Options.AnswerDelaySeconds);
        await Agent.Complete(id, "no-answer", null);
        return false;
    }

    /// <summary>Makes the agent ready only if it is still not ready for one of these reasons (a supervisor may have changed it).</summary>
    public static async Task ReadyAgainIf(IAgentGrain agent, params string[] reasons)
    {
        var snapshot = await agent.GetSnapshot();
        if (snapshot.Presence == AgentPresence.NotReady && reasons.Contains(snapshot.NotReadyReason)) await agent.SetReady();
    }
}
