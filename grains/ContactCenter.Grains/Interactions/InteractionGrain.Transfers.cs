using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Interactions;

/// <summary>Moving an interaction to another queue or straight to an agent, keeping its arrival time.</summary>
public sealed partial class InteractionGrain
{
    public async Task<InteractionSnapshot> TransferToQueue(string queueId)
    {
        EnsureStatus(InteractionStatus.Queued, InteractionStatus.Queued, InteractionStatus.Offered, InteractionStatus.Connected);
        Ids.Require(queueId, "queueId");
        EnsureNoSecondAgent("Queued");
        var target = GrainFactory.GetGrain<IQueueGrain>(queueId);
        await target.GetConfig();
        EnsureStatus(InteractionStatus.Queued, InteractionStatus.Queued, InteractionStatus.Offered, InteractionStatus.Connected);
        var (from, agentId, queue) = (S.Status, S.AgentId, S.QueueId!);
        _moving = true;
        try
        {
            await Release(from, agentId, queue);
            var now = time.GetUtcNow();
            var entry = S.Entry! with { QueueId = queueId, QueuedAt = now, AtFront = false, OverflowHops = 0 };
            (S.QueueId, S.Entry, S.AgentId) = (queueId, entry, null);
            S.Transfers++;
            S.Record(now, InteractionStatus.Queued, $"transferred from {queue} to {queueId}");
        }
        finally { _moving = false; }
        await SaveLive();
        await EnqueueAndRecord(S.Entry);
        return Snapshot();
    }

    public async Task<InteractionSnapshot> TransferToAgent(string agentId)
    {
        EnsureStatus(InteractionStatus.Offered, InteractionStatus.Queued, InteractionStatus.Offered, InteractionStatus.Connected);
        Ids.Require(agentId, "agentId");
        EnsureNoSecondAgent("Offered");
        if (S.AgentId == agentId) throw ContactCenterException.Conflict($"Interaction '{Id}' is already with agent '{agentId}'.");
        var agent = GrainFactory.GetGrain<IAgentGrain>(agentId);
        var presence = (await agent.GetSnapshot()).Presence;
        var config = await GrainFactory.GetGrain<IQueueGrain>(S.QueueId!).GetConfig();
        var (from, previousAgent, queue) = (S.Status, S.AgentId, S.QueueId!);
        var now = time.GetUtcNow();
        var entry = S.Entry! with { QueuedAt = now, AtFront = false };
        var decision = new RoutingDecision(Id, queue, agentId, now, "direct-transfer", new ScoreBreakdown(0, 0, 0, 0, 0), [],
            new[] { new AgentCandidate(agentId, 0, 0, true, "named by the transfer") }, [], $"transferred directly to {agentId}",
            ChurnInfluences.None(entry, "the transfer named the agent"));
        _moving = true;
        try
        {
            if (!await agent.TryReserve(new Offer(entry, now, config.OfferTimeoutSeconds, decision, config.WrapUpSeconds)))
                throw ContactCenterException.Conflict($"Agent '{agentId}' cannot take interaction '{Id}' now: it is {presence} or has no room for {S.Channel}.");
            await Release(from, previousAgent, queue);
            (S.AgentId, S.Entry) = (agentId, entry);
            S.Transfers++;
            S.AddDecision(decision);
            S.Record(now, InteractionStatus.Offered, $"transferred to agent {agentId}");
        }
        finally { _moving = false; }
        return Snapshot();
    }

    /// <summary>Takes the interaction away from where it is now: its queue, an offered agent, or a connected agent.</summary>
    private async Task Release(InteractionStatus from, string? agentId, string queueId)
    {
        if (from is InteractionStatus.Queued or InteractionStatus.Offered)
            await Router.Remove(Id, InteractionStatus.Queued);
        if (agentId is null) return;
        var agent = GrainFactory.GetGrain<IAgentGrain>(agentId);
        if (from == InteractionStatus.Offered) await agent.OfferWithdrawn(Id, "it was transferred elsewhere");
        else if (from == InteractionStatus.Connected)
        {
            // The caller leaves this agent's line: a hold ends with it.
            if (S.Call is { } call)
            {
                S.Call = OffHold(call, time.GetUtcNow()) with { Muted = false };
                await agent.CallChanged(Id, CallNow(time.GetUtcNow())!);
            }
            await agent.InteractionTransferred(Id);
        }
    }
}
