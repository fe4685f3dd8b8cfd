namespace ContactCenter.Grains.Routing.Index;

/// <summary>
/// Free eligible agents of one requirement class, enumerable in <see cref="AgentRanking"/> order at any instant.
/// AgentRanking scores idle time as max(0, now − IdleSince), and 0 when IdleSince is null, so within one proficiency
/// the agents idle since before <c>now</c> come first by IdleSince (idle seconds are strictly monotone in it for any
/// idle time under 2^53 ticks, 28 years), then every agent at idle 0 (IdleSince null, equal to or after now) by id.
/// The second tier merges the null set (already by id) with the few agents whose IdleSince is not before now, which
/// only exist when an agent's clock is at or ahead of the router's: cost O(log n + k + those few).
/// </summary>
internal sealed class RankedPool
{
    private readonly SortedSet<AgentKey> _idle = new(AgentKeyOrder.Instance);
    private readonly SortedSet<AgentKey> _notIdle = new(AgentKeyOrder.Instance);

    public int Count => _idle.Count + _notIdle.Count;

    public void Add(AgentKey key) => (key.Idle ? _idle : _notIdle).Add(key);

    public void Remove(AgentKey key) => (key.Idle ? _idle : _notIdle).Remove(key);

    /// <summary>Every agent of the pool in rank order at <paramref name="nowTicks"/>, lazily.</summary>
    public IEnumerable<AgentKey> Ranked(long nowTicks)
    {
        using var idle = _idle.GetEnumerator();
        using var notIdle = _notIdle.GetEnumerator();
        var hasIdle = idle.MoveNext();
        var hasNot = notIdle.MoveNext();
        var tied = new List<AgentKey>();
        while (hasIdle || hasNot)
        {
            var p = hasIdle && hasNot ? Math.Max(idle.Current.Proficiency, notIdle.Current.Proficiency)
                : hasIdle ? idle.Current.Proficiency : notIdle.Current.Proficiency;
            for (; hasIdle && idle.Current.Proficiency == p && idle.Current.IdleSinceTicks < nowTicks; hasIdle = idle.MoveNext())
                yield return idle.Current;
            tied.Clear();
            for (; hasIdle && idle.Current.Proficiency == p; hasIdle = idle.MoveNext()) tied.Add(idle.Current);
            tied.Sort((x, y) => string.CompareOrdinal(x.AgentId, y.AgentId));
            var i = 0;
            while (i < tied.Count || (hasNot && notIdle.Current.Proficiency == p))
            {
                var takeNotIdle = hasNot && notIdle.Current.Proficiency == p
                    && (i == tied.Count || string.CompareOrdinal(notIdle.Current.AgentId, tied[i].AgentId) < 0);
                if (!takeNotIdle) yield return tied[i++];
                else
                {
                    yield return notIdle.Current;
                    hasNot = notIdle.MoveNext();
                }
            }
        }
    }
}
