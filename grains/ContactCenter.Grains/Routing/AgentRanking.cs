namespace ContactCenter.Grains.Routing;

/// <summary>
/// Ranks agents for one interaction: eligible first, by highest proficiency, then longest idle,
/// then id, so the same inputs always give the same choice.
/// </summary>
public static class AgentRanking
{
    /// <summary>Ineligible agents kept in a decision record, so it stays small.</summary>
    private const int MaxIneligibleListed = 10;

    public static IReadOnlyList<AgentCandidate> Rank(
        IEnumerable<AgentAvailability> agents, Channel channel, Requirements requirements, DateTimeOffset now)
    {
        var eligible = new List<AgentCandidate>();
        var ineligible = new List<AgentCandidate>();
        foreach (var agent in agents)
        {
            var idle = agent.IdleSince is { } since ? Math.Max(0, (now - since).TotalSeconds) : 0;
            var proficiency = requirements.ProficiencyOf(agent.Skills);
            if (!agent.CanTake(channel))
                ineligible.Add(new(agent.AgentId, proficiency ?? 0, idle, false, $"no room for {channel}"));
            else if (proficiency is null)
                ineligible.Add(new(agent.AgentId, 0, idle, false, "lacks the required skills"));
            else
                eligible.Add(new(agent.AgentId, proficiency.Value, idle, true, "eligible"));
        }
        var ranked = eligible
            .OrderByDescending(c => c.Proficiency)
            .ThenByDescending(c => c.IdleSeconds)
            .ThenBy(c => c.AgentId, StringComparer.Ordinal);
        return ranked.Concat(ineligible.OrderBy(c => c.AgentId, StringComparer.Ordinal).Take(MaxIneligibleListed)).ToArray();
    }
}
