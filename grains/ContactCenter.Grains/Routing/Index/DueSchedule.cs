namespace ContactCenter.Grains.Routing.Index;

/// <summary>What becomes due for a waiting entry. The numeric order is only a tie-break between events of one entry.</summary>
internal enum DueKind : byte { Arrival, Threshold, Widening, MaxWait }

/// <summary>One due moment of one entry.</summary>
internal readonly record struct DueEvent(long Ticks, string? Id, DueKind Kind);

/// <summary>
/// Every due moment of every waiting entry, sorted by time (then id, then kind), so the next one after any instant and
/// the ones in a window are O(log n) to find. An entry's events stay until the entry leaves.
/// </summary>
internal sealed class DueSchedule
{
    private readonly SortedSet<DueEvent> _events = new(Order.Instance);

    public void Add(DueEvent due) => _events.Add(due);

    public void Remove(DueEvent due) => _events.Remove(due);

    public void Clear() => _events.Clear();

    /// <summary>The first event strictly after <paramref name="afterTicks"/>.</summary>
    public DueEvent? Next(long afterTicks)
    {
        if (afterTicks == long.MaxValue) return null;
        var first = View(afterTicks + 1, long.MaxValue).Min; // a view's Min is O(log n); its Count would be O(n)
        return first.Id is null ? null : first;
    }

    /// <summary>The events in (<paramref name="afterTicks"/>, <paramref name="untilTicks"/>], in order.</summary>
    public List<DueEvent> Between(long afterTicks, long untilTicks) =>
        afterTicks >= untilTicks ? [] : [.. View(afterTicks + 1, untilTicks)];

    private SortedSet<DueEvent> View(long fromTicks, long untilTicks) =>
        _events.GetViewBetween(new DueEvent(fromTicks, "", DueKind.Arrival), new DueEvent(untilTicks, null, DueKind.MaxWait));

    /// <summary>Time, then id with null as the largest (the upper bound of a window), then kind.</summary>
    private sealed class Order : IComparer<DueEvent>
    {
        public static readonly Order Instance = new();

        public int Compare(DueEvent x, DueEvent y)
        {
            var c = x.Ticks.CompareTo(y.Ticks);
            if (c != 0) return c;
            if (x.Id is null || y.Id is null) return (x.Id is null ? 1 : 0) - (y.Id is null ? 1 : 0);
            c = string.CompareOrdinal(x.Id, y.Id);
            return c != 0 ? c : x.Kind.CompareTo(y.Kind);
        }
    }
}
