namespace ContactCenter.Grains.Routing.Index;

/// <summary>The best free agents for one piece of work, as routing ranks them (see <see cref="AgentRanking"/>).</summary>
/// <param name="Best">The chosen agent, or null when nobody free is eligible.</param>
/// <param name="RetentionFirst">True when the retention preference put <paramref name="Best"/> first.</param>
/// <param name="Top">The first few eligible candidates in rank order, for the decision record (Best is Top[0]).</param>
/// <param name="EligibleCount">How many free agents were eligible.</param>
public sealed record RankedAgents(AgentAvailability? Best, bool RetentionFirst, IReadOnlyList<AgentCandidate> Top, int EligibleCount)
{
    public static readonly RankedAgents None = new(null, false, [], 0);
}

/// <summary>
/// Every agent a router knows, with what each can take now, and the free ones (some open channel) indexed for the
/// best-agent question. Ranking is the one <see cref="AgentRanking"/> defines: retention-skilled first when the
/// preference applies, then highest proficiency for the requirements, then longest idle (earliest IdleSince), then id.
/// CONTRACT for the O(log n) implementation: <see cref="Set"/>, <see cref="Remove"/> and <see cref="Best"/> cost
/// O(log n) per requirement class in use (free agents kept in sorted sets per channel and requirement key, built the
/// first time a requirement is asked for and maintained from then on), never O(agents).
/// </summary>
public sealed class FreeAgentIndex
{
    private readonly Dictionary<string, (AgentAvailability Agent, IReadOnlyList<string> Queues)> _agents = new(StringComparer.Ordinal);

    public int KnownCount => _agents.Count;

    public int FreeCount => _agents.Values.Count(a => a.Agent.OpenChannels.Count > 0);

    public IEnumerable<AgentAvailability> Known => _agents.Values.Select(a => a.Agent);

    public AgentAvailability? Find(string agentId) => _agents.TryGetValue(agentId, out var a) ? a.Agent : null;

    /// <summary>The queues the agent serves, as given to <see cref="Set"/>.</summary>
    public IReadOnlyList<string> QueuesOf(string agentId) => _agents.TryGetValue(agentId, out var a) ? a.Queues : [];

    /// <summary>
    /// Records what the agent can take now and the queues it serves (for per-queue counts). The caller has already
    /// dropped stale versions. An agent with no open channel stays known but is not free.
    /// </summary>
    public void Set(AgentAvailability availability, IReadOnlyList<string> queueIds) =>
        _agents[availability.AgentId] = (availability, queueIds);

    public void Remove(string agentId) => _agents.Remove(agentId);

    /// <summary>Free agents serving the queue (the wallboard's "available"). O(1).</summary>
    public int FreeIn(string queueId) => _agents.Values.Count(a => a.Agent.OpenChannels.Count > 0 && a.Queues.Contains(queueId));

    public bool AnyFree => _agents.Values.Any(a => a.Agent.OpenChannels.Count > 0);

    /// <summary>
    /// The best free agent for work on <paramref name="channel"/> needing <paramref name="requirements"/>, with the
    /// retention preference when it applies to this caller, and the first <paramref name="top"/> candidates.
    /// </summary>
    public RankedAgents Best(Channel channel, Requirements requirements, DateTimeOffset now, RetentionPreference? retention, int top = 3)
    {
        var ranked = AgentRanking.Rank(_agents.Values.Select(a => a.Agent).Where(a => a.OpenChannels.Count > 0), channel, requirements, now, retention);
        var eligible = ranked.Where(c => c.Eligible).ToList();
        if (eligible.Count == 0) return RankedAgents.None;
        var best = _agents[eligible[0].AgentId].Agent;
        return new RankedAgents(best, AgentRanking.IsRetentionAgent(best, retention), eligible.Take(top).ToArray(), eligible.Count);
    }
}
