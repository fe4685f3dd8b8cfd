namespace ContactCenter.Grains.Routing.Index;

/// <summary>The reference order of waiting work: sent back to the front first, then score, then arrival, then id.</summary>
internal static class WaitingOrder
{
    /// <summary>Negative when <paramref name="x"/> goes before <paramref name="y"/>.</summary>
    public static int Compare(QueueEntry x, double xTotal, QueueEntry y, double yTotal)
    {
        var c = y.AtFront.CompareTo(x.AtFront);
        if (c != 0) return c;
        c = yTotal.CompareTo(xTotal);
        if (c != 0) return c;
        c = x.ArrivedAt.CompareTo(y.ArrivedAt);
        return c != 0 ? c : string.CompareOrdinal(x.InteractionId, y.InteractionId);
    }

    /// <summary>The constant part of the score, summed exactly as ScoreBreakdown.Total sums it (Base + Tier + ChurnValue).</summary>
    public static double Constant(QueueEntry entry, QueueConfig config)
    {
        var parts = PriorityScore.Of(entry, config, entry.ArrivedAt);
        return parts.Base + parts.Tier + parts.ChurnValue;
    }
}
