using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Grains.Routing.Router;

/// <summary>The decision records of the router: the few candidates ranked first, the score parts and one readable reason.</summary>
internal static class RouterDecisions
{
    /// <summary>The router chose among free agents for one interaction (arrival, requeue, timer, recovery).</summary>
    public static RoutingDecision Chosen(QueueEntry entry, string queueId, RankedAgents ranked, RetentionPreference? retention,
        Requirements requirements, ScoreBreakdown score, DateTimeOffset now, string trigger)
    {
        var chosen = ranked.Top[0];
        var reason = ranked.RetentionFirst
            ? $"{chosen.AgentId} has the {retention!.Skill} skill, preferred for an at-risk caller, then the highest proficiency ({chosen.Proficiency:0.#}) of {ranked.EligibleCount} eligible agent(s)"
            : $"{chosen.AgentId} has the highest proficiency ({chosen.Proficiency:0.#}) of {ranked.EligibleCount} eligible agent(s), then the longest idle ({chosen.IdleSeconds:0}s)";
        return new RoutingDecision(entry.InteractionId, queueId, chosen.AgentId, now, trigger, score, requirements.All, ranked.Top, [], reason,
            ChurnInfluences.Of(entry, score, ranked.RetentionFirst,
                retention is not null && !ranked.RetentionFirst ? "no retention-skilled agent free, so the usual ranking" : null));
    }

    /// <summary>An agent became free and this was the best-scored work across its queues.</summary>
    public static RoutingDecision Pulled(QueueEntry entry, QueueConfig config, AgentAvailability agent, Requirements requirements,
        ScoreBreakdown score, IReadOnlyList<CompetingInteraction> competing, DateTimeOffset now)
    {
        var candidates = AgentRanking.Rank([agent], entry.Channel, requirements, now);
        return new RoutingDecision(entry.InteractionId, config.QueueId, agent.AgentId, now, "agent-ready", score, requirements.All,
            candidates, competing, $"{agent.AgentId} became available and this was the best-scored work across its queues",
            ChurnInfluences.Of(entry, score, retentionFirst: false,
                config.Retention?.Applies(entry.ChurnRisk, entry.LifetimeValue) == true ? "the agent pulled this work, so no retention preference" : null));
    }
}
