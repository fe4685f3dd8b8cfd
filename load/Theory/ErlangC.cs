namespace ContactCenter.Load.Theory;

/// <summary>
/// Erlang C (M/M/n): Poisson arrivals, exponential handle times, n agents, callers who never hang up.
/// Computed with the Erlang B recursion, which stays accurate for hundreds of agents.
/// </summary>
internal static class ErlangC
{
    /// <summary>Probability that an arrival has to wait; 1 when the load reaches the agent count.</summary>
    public static double ProbabilityOfWait(int agents, double erlangs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(agents);
        ArgumentOutOfRangeException.ThrowIfNegative(erlangs);
        if (erlangs >= agents) return 1;
        var b = ErlangB(agents, erlangs);
        return b / (1 - erlangs / agents * (1 - b));
    }

    /// <summary>Erlang B blocking probability, by the stable recursion B(k) = A·B(k−1) / (k + A·B(k−1)).</summary>
    public static double ErlangB(int agents, double erlangs)
    {
        var b = 1.0;
        for (var k = 1; k <= agents; k++) b = erlangs * b / (k + erlangs * b);
        return b;
    }

    public static QueuePrediction Predict(int agents, double arrivalsPerSecond, double handleSeconds, double thresholdSeconds)
    {
        var erlangs = arrivalsPerSecond * handleSeconds;
        var c = ProbabilityOfWait(agents, erlangs);
        var drain = agents / handleSeconds - arrivalsPerSecond;
        var unstable = drain <= 0;
        return new QueuePrediction(
            "Erlang C", agents, erlangs, 100 * c,
            ServiceLevelPercent: unstable ? 0 : 100 * (1 - c * Math.Exp(-drain * thresholdSeconds)),
            AsaSeconds: unstable ? double.PositiveInfinity : c / drain,
            AbandonPercent: 0,
            OccupancyPercent: 100 * Math.Min(1, erlangs / agents));
    }
}
