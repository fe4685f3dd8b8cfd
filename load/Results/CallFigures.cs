using ContactCenter.Load.Engine;

namespace ContactCenter.Load.Results;

/// <summary>
/// The service figures of a set of calls, computed one way for queues, tiers and phases alike. Service level
/// counts calls answered within the threshold against all answered or hung up; ASA is the mean wait of answered calls.
/// </summary>
internal sealed record CallFigures(int Arrivals, int Answered, int Abandoned, double ServiceLevelPercent, double AsaSeconds,
    double AbandonPercent, double ProbabilityOfWaitPercent, double HandleSecondsTotal)
{
    public int Unfinished => Arrivals - Answered - Abandoned;

    public static CallFigures Of(IReadOnlyCollection<CallRecord> calls, int thresholdSeconds)
    {
        var answered = calls.Where(c => c.AnsweredAt is not null).ToArray();
        var abandoned = calls.Count(c => c.AbandonedAt is not null);
        var ended = answered.Length + abandoned;
        return new CallFigures(calls.Count, answered.Length, abandoned,
            Round(ended == 0 ? 100 : 100.0 * answered.Count(c => c.WaitSeconds <= thresholdSeconds) / ended),
            Round(answered.Select(c => c.WaitSeconds!.Value).DefaultIfEmpty(0).Average()),
            Round(calls.Count == 0 ? 0 : 100.0 * abandoned / calls.Count),
            Round(ended == 0 ? 0 : 100.0 * calls.Count(c => c.WaitSeconds > 1e-9) / ended),
            answered.Sum(c => c.HandleSeconds));
    }

    /// <summary>Mean handle time of the answered calls.</summary>
    public double AhtSeconds => Answered == 0 ? 0 : Round(HandleSecondsTotal / Answered);

    public static double Round(double value) => Math.Round(value, 2);
}
