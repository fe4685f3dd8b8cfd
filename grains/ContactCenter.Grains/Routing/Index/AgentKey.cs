namespace ContactCenter.Grains.Routing.Index;

/// <summary>
/// Where a free agent sits in a ranked pool: highest proficiency first, then earliest IdleSince, then id (ordinal).
/// IdleSince null is kept apart (<see cref="RankedPool"/>) because AgentRanking counts it as idle 0.
/// </summary>
internal readonly record struct AgentKey(double Proficiency, long IdleSinceTicks, string AgentId)
{
    public static AgentKey Of(AgentAvailability agent, double proficiency) =>
        new(proficiency, agent.IdleSince?.UtcTicks ?? long.MaxValue, agent.AgentId);

    public bool Idle => IdleSinceTicks != long.MaxValue;
}

internal sealed class AgentKeyOrder : IComparer<AgentKey>
{
    public static readonly AgentKeyOrder Instance = new();

    public int Compare(AgentKey x, AgentKey y)
    {
        var c = y.Proficiency.CompareTo(x.Proficiency);
        if (c != 0) return c;
        c = x.IdleSinceTicks.CompareTo(y.IdleSinceTicks);
        return c != 0 ? c : string.CompareOrdinal(x.AgentId, y.AgentId);
    }
}
