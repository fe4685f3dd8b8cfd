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
/// The ranked pools are <see cref="RankedPool"/>s, so the order equals AgentRanking's exactly (the property tests
/// compare them on thousands of random centers); a pool is built once in O(agents) when its class is first asked for.
/// </summary>
public sealed class FreeAgentIndex
{
    private readonly Dictionary<string, (AgentAvailability Agent, IReadOnlyList<string> Queues)> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<(Channel, string), FreeAgentClass> _classes = [];
    private readonly Dictionary<string, int> _freeIn = new(StringComparer.Ordinal);

    public int KnownCount => _agents.Count;

    public int FreeCount { get; private set; }

    public IEnumerable<AgentAvailability> Known => _agents.Values.Select(a => a.Agent);

    public AgentAvailability? Find(string agentId) => _agents.TryGetValue(agentId, out var a) ? a.Agent : null;

    /// <summary>The queues the agent serves, as given to <see cref="Set"/>.</summary>
    public IReadOnlyList<string> QueuesOf(string agentId) => _agents.TryGetValue(agentId, out var a) ? a.Queues : [];

    /// <summary>
    /// Records what the agent can take now and the queues it serves (for per-queue counts). The caller has already
    /// dropped stale versions. An agent with no open channel stays known but is not free.
    /// </summary>
    public void Set(AgentAvailability availability, IReadOnlyList<string> queueIds)
    {
        Remove(availability.AgentId);
        _agents[availability.AgentId] = (availability, queueIds);
        Count(availability, queueIds, +1);
        foreach (var c in _classes.Values) c.Add(availability);
    }

    public void Remove(string agentId)
    {
        if (!_agents.Remove(agentId, out var old)) return;
        Count(old.Agent, old.Queues, -1);
        foreach (var c in _classes.Values) c.Remove(old.Agent);
    }

    /// <summary>Free agents serving the queue (the wallboard's "available"). O(1).</summary>
    public int FreeIn(string queueId) => _freeIn.GetValueOrDefault(queueId);

    public bool AnyFree => FreeCount > 0;

    /// <summary>
    /// The best free agent for work on <paramref name="channel"/> needing <paramref name="requirements"/>, with the
    /// retention preference when it applies to this caller, and the first <paramref name="top"/> candidates.
    /// </summary>
    public RankedAgents Best(Channel channel, Requirements requirements, DateTimeOffset now, RetentionPreference? retention, int top = 3)
    {
        var pool = ClassFor(channel, requirements);
        if (pool.All.Count == 0) return RankedAgents.None;
        var ranked = Ranked(pool, now.UtcTicks, retention).Take(Math.Max(top, 1)).Select(k => _agents[k.AgentId].Agent).ToList();
        var best = ranked[0];
        var candidates = ranked.Take(top)
            .Select(a => AgentRanking.EligibleCandidate(a, requirements.ProficiencyOf(a.Skills)!.Value, now, retention)).ToArray();
        return new RankedAgents(best, AgentRanking.IsRetentionAgent(best, retention), candidates, pool.All.Count);
    }

    private IEnumerable<AgentKey> Ranked(FreeAgentClass pool, long nowTicks, RetentionPreference? retention)
    {
        if (retention is null) return pool.All.Ranked(nowTicks);
        var first = pool.RetentionPool(retention, id => _agents[id].Agent);
        if (first.Count == 0) return pool.All.Ranked(nowTicks);
        return first.Ranked(nowTicks).Concat(pool.All.Ranked(nowTicks)
            .Where(k => !AgentRanking.IsRetentionAgent(_agents[k.AgentId].Agent, retention)));
    }

    private FreeAgentClass ClassFor(Channel channel, Requirements requirements)
    {
        if (_classes.TryGetValue((channel, requirements.Key), out var found)) return found;
        var created = new FreeAgentClass(channel, requirements);
        foreach (var (agent, _) in _agents.Values) created.Add(agent);
        _classes[(channel, requirements.Key)] = created;
        return created;
    }

    private void Count(AgentAvailability agent, IReadOnlyList<string> queueIds, int delta)
    {
        if (agent.OpenChannels.Count == 0) return;
        FreeCount += delta;
        foreach (var queueId in queueIds.Distinct(StringComparer.Ordinal))
        {
            var n = _freeIn.GetValueOrDefault(queueId) + delta;
            if (n == 0) _freeIn.Remove(queueId);
            else _freeIn[queueId] = n;
        }
    }
}
