namespace ContactCenter.Grains.Routing;

/// <summary>
/// Ranks agents for one interaction: eligible first, by highest proficiency, then longest idle,
/// then id, so the same inputs always give the same choice. When a retention preference applies to
/// the caller, eligible agents with the retention skill at its minimum come ahead of everyone else.
/// </summary>
public static class AgentRanking
{
    /// <summary>Ineligible agents kept in a decision record, so it stays small.</summary>
    private const int MaxIneligibleListed = 10;

    public static IReadOnlyList<AgentCandidate> Rank(
        IEnumerable<AgentAvailability> agents, Channel channel, Requirements requirements, DateTimeOffset now,
        RetentionPreference? retentionFirst = null)
    {
        var eligible = new List<(AgentCandidate Candidate, bool Retention)>();
        var ineligible = new List<AgentCandidate>();
        foreach (var agent in agents)
        {
            var idle = IdleSeconds(agent, now);
            var proficiency = requirements.ProficiencyOf(agent.Skills);
            if (!agent.CanTake(channel))
                ineligible.Add(new(agent.AgentId, proficiency ?? 0, idle, false, $"no room for {channel}"));
            else if (proficiency is null)
                ineligible.Add(new(agent.AgentId, 0, idle, false, "lacks the required skills"));
            else
                eligible.Add((EligibleCandidate(agent, proficiency.Value, now, retentionFirst), IsRetentionAgent(agent, retentionFirst)));
        }
        var ranked = eligible
            .OrderByDescending(c => c.Retention)
            .ThenByDescending(c => c.Candidate.Proficiency)
            .ThenByDescending(c => c.Candidate.IdleSeconds)
            .ThenBy(c => c.Candidate.AgentId, StringComparer.Ordinal)
            .Select(c => c.Candidate);
        return ranked.Concat(ineligible.OrderBy(c => c.AgentId, StringComparer.Ordinal).Take(MaxIneligibleListed)).ToArray();
    }

    /// <summary>Seconds idle at <paramref name="now"/>: 0 when not idle or idle since a later instant.</summary>
    public static double IdleSeconds(AgentAvailability agent, DateTimeOffset now) =>
        agent.IdleSince is { } since ? Math.Max(0, (now - since).TotalSeconds) : 0;

    /// <summary>The decision-record line of an eligible agent, as <see cref="Rank"/> writes it.</summary>
    public static AgentCandidate EligibleCandidate(AgentAvailability agent, double proficiency, DateTimeOffset now, RetentionPreference? retentionFirst) =>
        RetentionLevel(agent, retentionFirst) is { } level
            ? new(agent.AgentId, proficiency, IdleSeconds(agent, now), true, $"eligible; {retentionFirst!.Skill} {level}, first for an at-risk caller")
            : new(agent.AgentId, proficiency, IdleSeconds(agent, now), true, "eligible");

    /// <summary>True when the preference would put this agent first (it has the retention skill at the minimum).</summary>
    public static bool IsRetentionAgent(AgentAvailability agent, RetentionPreference? preference) => RetentionLevel(agent, preference) is not null;

    private static int? RetentionLevel(AgentAvailability agent, RetentionPreference? preference)
    {
        if (preference is null) return null;
        var level = agent.Skills.FirstOrDefault(s => string.Equals(s.Skill, preference.Skill, StringComparison.OrdinalIgnoreCase))?.Proficiency;
        return level >= preference.MinProficiency ? level : null;
    }
}
