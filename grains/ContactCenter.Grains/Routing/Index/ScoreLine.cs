namespace ContactCenter.Grains.Routing.Index;

/// <summary>Where a waiting entry's score is on its time line: before arrival (clock skew), before or after the threshold.</summary>
internal enum ScorePhase { NotArrived, BeforeThreshold, AfterThreshold }

/// <summary>
/// The priority score as a line in time. With w = seconds waited, C = base + tier + churn parts, a = aging per second,
/// s = SLA margin weight and T = threshold: score = C before arrival, C + (a + s/T)·w before the threshold and
/// C + s + a·w after it. Within one phase every entry's score is its key plus the same slope × now, so ordering
/// entries by the key (which never changes) orders them by score. Arrival times are seconds from a fixed epoch near
/// the data, so keys keep their precision.
/// </summary>
internal sealed class ScoreLine(QueueConfig config, long epochTicks)
{
    private readonly double _aging = config.Weights.AgingPerSecond;
    private readonly double _margin = config.Weights.SlaMargin;
    private readonly double _slope = config.Weights.AgingPerSecond + config.Weights.SlaMargin / config.ServiceLevel.ThresholdSeconds;
    private readonly long _thresholdTicks = config.ServiceLevel.ThresholdSeconds * TimeSpan.TicksPerSecond;

    public long EpochTicks => epochTicks;

    public ScorePhase PhaseAt(long arrivedTicks, long nowTicks) =>
        nowTicks < arrivedTicks ? ScorePhase.NotArrived
        : nowTicks - arrivedTicks >= _thresholdTicks ? ScorePhase.AfterThreshold : ScorePhase.BeforeThreshold;

    public double Key(double constant, long arrivedTicks, ScorePhase phase) => phase switch
    {
        ScorePhase.NotArrived => constant,
        ScorePhase.BeforeThreshold => constant - _slope * Seconds(arrivedTicks),
        _ => constant + _margin - _aging * Seconds(arrivedTicks),
    };

    /// <summary>
    /// How far a key may be from the best key and still hide the best real score: a bound on the rounding of both the
    /// key and PriorityScore.Of (a few ulps of the largest magnitude involved), taken 10^3 times over.
    /// </summary>
    public double Tolerance(double largestConstant, double largestArrivalSeconds, long nowTicks) =>
        1e-12 * (1 + largestConstant + _margin + 2 * _slope * (largestArrivalSeconds + Math.Abs(Seconds(nowTicks))));

    public double Seconds(long ticks) => (ticks - epochTicks) / (double)TimeSpan.TicksPerSecond;
}
