using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Queues;

/// <summary>Matching waiting interactions with available agents.</summary>
public sealed partial class QueueGrain
{
    /// <summary>Bounds one dispatch pass, so a run of refusals cannot keep the queue busy.</summary>
    private const int MaxOffersPerPass = 100;

    public async Task Enqueue(QueueEntry entry)
    {
        _ = Config;
        if (_room.Contains(entry.InteractionId)) return;
        _room.Add(entry with { QueueId = QueueId });
        Record(s => s.Arrived());
        PublishLive();
        await Dispatch("arrival");
        PublishLive();
    }

    public async Task AcceptOverflow(QueueEntry entry)
    {
        try { await Enqueue(entry); }
        catch (Exception ex) { logger.LogError(ex, "Queue {QueueId} could not accept overflow {InteractionId}", QueueId, entry.InteractionId); }
    }

    public async Task Requeue(QueueEntry entry)
    {
        _room.Remove(entry.InteractionId);
        _room.Add(entry with { QueueId = QueueId });
        await Dispatch("requeue");
        PublishLive();
    }

    public Task<WorkPeek?> PeekBest(AgentAvailability agent)
    {
        Remember(agent);
        var best = BestFor(agent, time.GetUtcNow());
        return Task.FromResult(best is { } b ? new WorkPeek(QueueId, b.Entry.InteractionId, b.Score.Total) : null);
    }

    public Task<Offer?> Claim(AgentAvailability agent, IReadOnlyList<CompetingInteraction> competing)
    {
        Remember(agent);
        var now = time.GetUtcNow();
        if (BestFor(agent, now) is not { } best) return Task.FromResult<Offer?>(null);
        var requirements = RequirementsNow(best.Entry, now);
        var candidates = AgentRanking.Rank([agent], best.Entry.Channel, requirements, now);
        var decision = new RoutingDecision(best.Entry.InteractionId, QueueId, agent.AgentId, now, "agent-ready",
            best.Score, requirements.All, candidates, competing,
            $"{agent.AgentId} became available and this was the best-scored work across its queues",
            ChurnInfluences.Of(best.Entry, best.Score, retentionFirst: false,
                Config.Retention?.Applies(best.Entry.ChurnRisk, best.Entry.LifetimeValue) == true ? "the agent pulled this work, so no retention preference" : null));
        _room.MarkOffered(best.Entry, agent.AgentId);
        _agents[agent.AgentId] = agent with { OpenChannels = [] };
        PublishLive();
        return Task.FromResult<Offer?>(new Offer(best.Entry, now, Config.OfferTimeoutSeconds, decision, Config.WrapUpSeconds));
    }

    private (QueueEntry Entry, ScoreBreakdown Score)? BestFor(AgentAvailability agent, DateTimeOffset now)
    {
        if (_room.WaitingCount == 0) return null; // also keeps a retired queue (always empty) from refusing a stale agent
        foreach (var x in _room.Ordered(Config, now))
            if (agent.CanTake(x.Entry.Channel) && RequirementsNow(x.Entry, now).ProficiencyOf(agent.Skills) is not null)
                return x;
        return null;
    }

    private Requirements RequirementsNow(QueueEntry entry, DateTimeOffset now) =>
        Requirements.For(Config, entry, (now - entry.QueuedAt).TotalSeconds);

    /// <summary>Offers waiting interactions, best first, to the best eligible available agent.</summary>
    private async Task Dispatch(string trigger)
    {
        for (var offers = 0; offers < MaxOffersPerPass && _room.WaitingCount > 0; offers++)
        {
            if (!_agents.Values.Any(a => a.OpenChannels.Count > 0)) return;
            var now = time.GetUtcNow();
            if (FindMatch(now) is not { } offer) return;
            await OfferTo(offer, trigger);
        }
    }

    private Offer? FindMatch(DateTimeOffset now)
    {
        foreach (var (entry, score) in _room.Ordered(Config, now))
        {
            var requirements = RequirementsNow(entry, now);
            var retention = Config.Retention is { } r && r.Applies(entry.ChurnRisk, entry.LifetimeValue) ? r : null;
            var ranked = AgentRanking.Rank(_agents.Values, entry.Channel, requirements, now, retention);
            if (ranked.Count == 0 || !ranked[0].Eligible) continue;
            var chosen = ranked[0];
            var retentionFirst = AgentRanking.IsRetentionAgent(_agents[chosen.AgentId], retention);
            var eligibleCount = ranked.Count(c => c.Eligible);
            var reason = retentionFirst
                ? $"{chosen.AgentId} has the {retention!.Skill} skill, preferred for an at-risk caller, then the highest proficiency ({chosen.Proficiency:0.#}) of {eligibleCount} eligible agent(s)"
                : $"{chosen.AgentId} has the highest proficiency ({chosen.Proficiency:0.#}) of {eligibleCount} eligible agent(s), then the longest idle ({chosen.IdleSeconds:0}s)";
            var decision = new RoutingDecision(entry.InteractionId, QueueId, chosen.AgentId, now, "", score,
                requirements.All, ranked, [], reason,
                ChurnInfluences.Of(entry, score, retentionFirst, retention is not null && !retentionFirst ? "no retention-skilled agent free, so the usual ranking" : null));
            return new Offer(entry, now, Config.OfferTimeoutSeconds, decision, Config.WrapUpSeconds);
        }
        return null;
    }

    private async Task OfferTo(Offer offer, string trigger)
    {
        offer = offer with { Decision = offer.Decision with { Trigger = trigger } };
        var entry = offer.Entry;
        var agentId = offer.Decision.AgentId;
        _room.MarkOffered(entry, agentId);
        _agents[agentId] = _agents[agentId] with { OpenChannels = [] };
        var agent = GrainFactory.GetGrain<IAgentGrain>(agentId);
        if (await Safely(() => agent.TryReserve(offer), $"reserve {agentId}") != true)
        {
            _room.Unoffer(entry.InteractionId);
            return;
        }
        var recorded = await Safely(() => GrainFactory.GetGrain<IInteractionGrain>(entry.InteractionId).Offered(offer), "record offer");
        if (recorded != true)
        {
            // false: the interaction has ended meanwhile; null: it could not be told, so it waits again.
            if (recorded == false) _room.Remove(entry.InteractionId);
            else _room.Unoffer(entry.InteractionId);
            await Safely(async () => { await agent.OfferWithdrawn(entry.InteractionId, "it ended before the offer reached it"); return true; }, "withdraw offer");
            return;
        }
        logger.LogDebug("Queue {QueueId} offered {InteractionId} to {AgentId} ({Trigger})", QueueId, entry.InteractionId, agentId, trigger);
    }

    /// <summary>The call's answer, or null if it failed (logged).</summary>
    private async Task<bool?> Safely(Func<Task<bool>> call, string what)
    {
        try { return await call(); }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Queue {QueueId} could not {What}", QueueId, what);
            return null;
        }
    }
}
