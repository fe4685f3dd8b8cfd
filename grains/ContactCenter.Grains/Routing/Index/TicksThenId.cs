namespace ContactCenter.Grains.Routing.Index;

/// <summary>Orders (instant, id) pairs by instant, then id ordinal (never culture), as the reference orders them.</summary>
internal sealed class TicksThenId : IComparer<(long Ticks, string Id)>
{
    public static readonly TicksThenId Instance = new();

    public int Compare((long Ticks, string Id) x, (long Ticks, string Id) y)
    {
        var c = x.Ticks.CompareTo(y.Ticks);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }
}
