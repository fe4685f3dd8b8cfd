using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Tests.Routing.Index;

/// <summary>
/// The O(n) routing the indices replace, kept verbatim as the oracle: the old WaitingRoom ordering with the old
/// WaitingIndex bodies, and the old AgentRanking.Rank with the old FreeAgentIndex.Best built on it.
/// </summary>
internal static class ReferenceRouting
{
    /// <summary>The old WaitingRoom.Ordered.</summary>
    public static List<(QueueEntry Entry, ScoreBreakdown Score)> Ordered(IEnumerable<QueueEntry> waiting, QueueConfig config, DateTimeOffset now) =>
        waiting
            .Select(e => (Entry: e, Score: PriorityScore.Of(e, config, now)))
            .OrderByDescending(x => x.Entry.AtFront)
            .ThenByDescending(x => x.Score.Total)
            .ThenBy(x => x.Entry.ArrivedAt)
            .ThenBy(x => x.Entry.InteractionId, StringComparer.Ordinal)
            .ToList();

    public static Requirements RequirementsNow(QueueConfig config, QueueEntry entry, DateTimeOffset now) =>
        Requirements.For(config, entry, (now - entry.QueuedAt).TotalSeconds);

    public static (QueueEntry Entry, ScoreBreakdown Score)? BestFor(IEnumerable<QueueEntry> waiting, QueueConfig config, AgentAvailability agent, DateTimeOffset now)
    {
        foreach (var x in Ordered(waiting, config, now))
            if (agent.CanTake(x.Entry.Channel) && RequirementsNow(config, x.Entry, now).ProficiencyOf(agent.Skills) is not null)
                return x;
        return null;
    }

    public static List<(QueueEntry Entry, ScoreBreakdown Score, Requirements Requirements)> Heads(IEnumerable<QueueEntry> waiting, QueueConfig config, DateTimeOffset now)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var heads = new List<(QueueEntry, ScoreBreakdown, Requirements)>();
        foreach (var (entry, score) in Ordered(waiting, config, now))
        {
            var requirements = RequirementsNow(config, entry, now);
            if (seen.Add($"{entry.Channel}|{requirements.Key}")) heads.Add((entry, score, requirements));
        }
        return heads;
    }

    public static DateTimeOffset? NextDue(IEnumerable<QueueEntry> waiting, QueueConfig config, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var e in waiting)
            foreach (var at in DueTimes(e, config))
                if (at > now && (next is null || at < next)) next = at;
        return next;
    }

    public static List<QueueEntry> Overdue(IEnumerable<QueueEntry> waiting, QueueConfig config, DateTimeOffset now) =>
        config.Overflow.Kind == OverflowKind.None ? []
        : waiting.Where(e => (now - e.QueuedAt).TotalSeconds >= config.MaxWaitSeconds)
            .OrderBy(e => e.QueuedAt).ThenBy(e => e.InteractionId, StringComparer.Ordinal).ToList();

    private static IEnumerable<DateTimeOffset> DueTimes(QueueEntry e, QueueConfig config)
    {
        yield return e.ArrivedAt.AddSeconds(config.ServiceLevel.ThresholdSeconds);
        foreach (var step in config.Widening) yield return e.QueuedAt.AddSeconds(step.AfterSeconds);
        if (config.Overflow.Kind != OverflowKind.None) yield return e.QueuedAt.AddSeconds(config.MaxWaitSeconds);
    }

    /// <summary>The old FreeAgentIndex.Best over the free agents.</summary>
    public static RankedAgents Best(IEnumerable<AgentAvailability> known, Channel channel, Requirements requirements, DateTimeOffset now, RetentionPreference? retention, int top)
    {
        var free = known.Where(a => a.OpenChannels.Count > 0).ToList();
        var ranked = Rank(free, channel, requirements, now, retention);
        var eligible = ranked.Where(c => c.Eligible).ToList();
        if (eligible.Count == 0) return RankedAgents.None;
        var best = free.Single(a => a.AgentId == eligible[0].AgentId);
        return new RankedAgents(best, RetentionLevel(best, retention) is not null, eligible.Take(top).ToArray(), eligible.Count);
    }

    /// <summary>The old AgentRanking.Rank, before it shared its candidate lines with the index.</summary>
    public static IReadOnlyList<AgentCandidate> Rank(
        IEnumerable<AgentAvailability> agents, Channel channel, Requirements requirements, DateTimeOffset now, RetentionPreference? retentionFirst)
    {
        var eligible = new List<(AgentCandidate Candidate, bool Retention)>();
        var ineligible = new List<AgentCandidate>();
        foreach (var agent in agents)
        {
            var idle = agent.IdleSince is { } since ? Math.Max(0, (now - since).TotalSeconds) : 0;
            var proficiency = requirements.ProficiencyOf(agent.Skills);
            if (!agent.CanTake(channel))
                ineligible.Add(new(agent.AgentId, proficiency ?? 0, idle, false, $"no room for {channel}"));
            else if (proficiency is null)
                ineligible.Add(new(agent.AgentId, 0, idle, false, "lacks the required skills"));
            else if (RetentionLevel(agent, retentionFirst) is { } level)
                eligible.Add((new(agent.AgentId, proficiency.Value, idle, true, $"eligible; {retentionFirst!.Skill} {level}, first for an at-risk caller"), true));
            else
                eligible.Add((new(agent.AgentId, proficiency.Value, idle, true, "eligible"), false));
        }
        var ranked = eligible
            .OrderByDescending(c => c.Retention)
            .ThenByDescending(c => c.Candidate.Proficiency)
            .ThenByDescending(c => c.Candidate.IdleSeconds)
            .ThenBy(c => c.Candidate.AgentId, StringComparer.Ordinal)
            .Select(c => c.Candidate);
        return ranked.Concat(ineligible.OrderBy(c => c.AgentId, StringComparer.Ordinal).Take(10)).ToArray();
    }

    private static int? RetentionLevel(AgentAvailability agent, RetentionPreference? preference)
    {
        if (preference is null) return null;
        var level = agent.Skills.FirstOrDefault(s => string.Equals(s.Skill, preference.Skill, StringComparison.OrdinalIgnoreCase))?.Proficiency;
        return level >= preference.MinProficiency ? level : null;
    }
}
