namespace ContactCenter.Grains.Routing.Index;

/// <summary>
/// The free agents that may take one requirement class (a channel and a <see cref="Requirements.Key"/>), ranked, with
/// a subset per retention preference (skill and minimum level) built the first time that preference is asked for.
/// </summary>
internal sealed class FreeAgentClass(Channel channel, Requirements requirements)
{
    private readonly Dictionary<string, (RetentionPreference Preference, RankedPool Pool)> _retention = new(StringComparer.OrdinalIgnoreCase);

    public RankedPool All { get; } = new();

    public void Add(AgentAvailability agent) => Apply(agent, add: true);

    public void Remove(AgentAvailability agent) => Apply(agent, add: false);

    /// <summary>The agents of this class that the preference puts first; built from the class on first use.</summary>
    public RankedPool RetentionPool(RetentionPreference preference, Func<string, AgentAvailability> agentOf)
    {
        var key = $"{preference.MinProficiency}|{preference.Skill}";
        if (_retention.TryGetValue(key, out var found)) return found.Pool;
        var pool = new RankedPool();
        foreach (var k in All.Ranked(long.MaxValue))
            if (AgentRanking.IsRetentionAgent(agentOf(k.AgentId), preference)) pool.Add(k);
        _retention[key] = (preference, pool);
        return pool;
    }

    private void Apply(AgentAvailability agent, bool add)
    {
        if (!agent.CanTake(channel) || requirements.ProficiencyOf(agent.Skills) is not { } proficiency) return;
        var key = AgentKey.Of(agent, proficiency);
        Change(All, key, add);
        foreach (var (preference, pool) in _retention.Values)
            if (AgentRanking.IsRetentionAgent(agent, preference)) Change(pool, key, add);
    }

    private static void Change(RankedPool pool, AgentKey key, bool add)
    {
        if (add) pool.Add(key);
        else pool.Remove(key);
    }
}
