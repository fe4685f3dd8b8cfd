namespace ContactCenter.Grains.Cases;

/// <summary>
/// A case's SLA stopwatch in business time: the covered time used so far, plus the instant it last started
/// (null while stopped: waiting on the customer, resolved or closed). Marks are business time since creation.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.case-sla-clock")]
public sealed record SlaClock(
    [property: Id(0)] TimeSpan Used,
    [property: Id(1)] DateTimeOffset? RunningSince)
{
    public static SlaClock StartedAt(DateTimeOffset now) => new(TimeSpan.Zero, now);

    public bool Running => RunningSince is not null;

    /// <summary>Business time used up to <paramref name="now"/>.</summary>
    public TimeSpan Elapsed(CoverageClock coverage, DateTimeOffset now) =>
        Used + (RunningSince is { } since ? coverage.Between(since, now) : TimeSpan.Zero);

    /// <summary>Folds the running span into Used; the coverage it ran under counts it.</summary>
    public SlaClock Stop(CoverageClock coverage, DateTimeOffset now) => Running ? new(Elapsed(coverage, now), null) : this;

    public SlaClock Start(DateTimeOffset now) => Running ? this : this with { RunningSince = now };

    /// <summary>
    /// The instant the clock reaches <paramref name="mark"/>, inside coverage: a mark reached exactly at closing time
    /// falls due when coverage next opens. Null while stopped or when coverage never opens again.
    /// </summary>
    public DateTimeOffset? When(CoverageClock coverage, TimeSpan mark)
    {
        if (RunningSince is not { } since || coverage.Add(since, mark - Used) is not { } at) return null;
        return coverage.IsOpen(at) ? at : coverage.Add(at, TimeSpan.FromTicks(1))?.AddTicks(-1);
    }
}
