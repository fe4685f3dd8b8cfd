namespace ContactCenter.Load.Replay;

/// <summary>
/// What one data row turned out to be: exactly one of a usable call, an excluded row or a bad row.
/// Having a single verdict per row is what makes the parse result's counting invariant hold.
/// </summary>
internal readonly record struct TraceRowVerdict(TraceCall? Call, string? ExcludedReason, string? BadReason)
{
    public static TraceRowVerdict Usable(TraceCall call) => new(call, null, null);

    public static TraceRowVerdict Excluded(string reason) => new(null, reason, null);

    public static TraceRowVerdict Bad(string reason) => new(null, null, reason);
}
