namespace ContactCenter.Grains.Routing.Index;

/// <summary>One waiting entry in the index: its constant score part and where it sits now.</summary>
internal sealed class WaitingMember(QueueEntry entry, double constant)
{
    public QueueEntry Entry { get; } = entry;

    /// <summary>Base + tier + churn parts, summed as PriorityScore sums them.</summary>
    public double Constant { get; } = constant;

    public long ArrivedTicks => Entry.ArrivedAt.UtcTicks;

    public string Id => Entry.InteractionId;

    public WaitingClass? Class { get; set; }

    public WaitingGroup? Group { get; set; }

    /// <summary>The requirements at the widening stage last applied.</summary>
    public Requirements Requirements { get; set; } = null!;
}

/// <summary>
/// The entries of one class with the same AtFront and exactly the same constant part. PriorityScore's total is
/// monotone in the wait for a fixed constant (every rounding step is monotone and every weight is at least 0), so
/// within a group the reference order is arrival then id at every instant: only the group's head ever competes.
/// </summary>
internal sealed class WaitingGroup(bool atFront, double constant)
{
    public bool AtFront { get; } = atFront;

    public double Constant { get; } = constant;

    public SortedSet<WaitingMember> Members { get; } = new(ByArrival.Instance);

    /// <summary>The head's key in its class's head set while the group is not empty.</summary>
    public HeadKey Head { get; set; }

    public int HeadSet { get; set; }

    private sealed class ByArrival : IComparer<WaitingMember>
    {
        public static readonly ByArrival Instance = new();

        public int Compare(WaitingMember? x, WaitingMember? y)
        {
            var c = x!.ArrivedTicks.CompareTo(y!.ArrivedTicks);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}

/// <summary>A group's head in a class's head set: time-invariant key descending, then arrival, then id.</summary>
internal readonly record struct HeadKey(double Key, long ArrivedTicks, string Id, WaitingMember Member, WaitingGroup Group);

internal sealed class HeadKeyOrder : IComparer<HeadKey>
{
    public static readonly HeadKeyOrder Instance = new();

    public int Compare(HeadKey x, HeadKey y)
    {
        var c = y.Key.CompareTo(x.Key);
        if (c != 0) return c;
        c = x.ArrivedTicks.CompareTo(y.ArrivedTicks);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }
}
