using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// Who should own a case next among a queue's agents: those with the queue's skills only; ready agents (room for
/// any work now) first, then the router's order, highest proficiency, longest idle, then id. Pure and deterministic.
/// </summary>
public static class CaseOwnerRanking
{
    public static string? Best(IEnumerable<AgentAvailability> agents, IReadOnlyList<SkillRequirement> required, DateTimeOffset now, IReadOnlySet<string> skip)
    {
        var requirements = new Requirements(required, []);
        return agents
            .Where(a => !skip.Contains(a.AgentId))
            .Select(a => (a.AgentId, Ready: a.OpenChannels.Count > 0, Proficiency: required.Count == 0 ? 0 : requirements.ProficiencyOf(a.Skills),
                Idle: a.IdleSince is { } since ? now - since : TimeSpan.Zero))
            .Where(c => c.Proficiency is not null)
            .OrderByDescending(c => c.Ready)
            .ThenByDescending(c => c.Proficiency)
            .ThenByDescending(c => c.Idle)
            .ThenBy(c => c.AgentId, StringComparer.Ordinal)
            .Select(c => c.AgentId)
            .FirstOrDefault();
    }
}
