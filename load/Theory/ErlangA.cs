namespace ContactCenter.Load.Theory;

/// <summary>
/// Erlang A (M/M/n+M): Erlang C with callers who hang up after an exponential patience (rate θ = 1/mean).
/// The number in the system is a birth–death chain (birth λ, death min(k, n)·μ + max(k − n, 0)·θ), solved
/// numerically. A tagged caller who finds i others waiting moves up at rate n·μ + i·θ and hangs up at rate θ,
/// which gives exact answered-within-t and ASA without simulation.
/// </summary>
internal static class ErlangA
{
    public static QueuePrediction Predict(int agents, double arrivalsPerSecond, double handleSeconds, double patienceSeconds, double thresholdSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(agents);
        var (lambda, mu, theta) = (arrivalsPerSecond, 1 / handleSeconds, 1 / patienceSeconds);
        var states = StationaryDistribution(agents, lambda, mu, theta);
        var queued = states.Skip(agents).ToArray();   // queued[i]: an arrival finds n agents busy and i waiting
        var immediate = states.Take(agents).Sum();
        var (answered, waitOfAnswered) = (immediate, 0.0);
        var answeredWithin = immediate;
        double reach = 1, waitTimesReach = 0;          // P(reach an agent) and E[W·1{reach}] for i ahead, built up from i = 0
        for (var i = 0; i < queued.Length; i++)
        {
            var onward = agents * mu + i * theta;
            var leave = onward + theta;
            waitTimesReach = reach * onward / leave / leave + onward / leave * waitTimesReach;
            reach *= onward / leave;
            answered += queued[i] * reach;
            waitOfAnswered += queued[i] * waitTimesReach;
        }
        answeredWithin += AnsweredWithin(queued, agents * mu, theta, thresholdSeconds);
        var busy = states.Select((p, k) => p * Math.Min(k, agents)).Sum();
        return new QueuePrediction(
            "Erlang A", agents, lambda * handleSeconds, 100 * (1 - immediate),
            ServiceLevelPercent: 100 * answeredWithin,
            AsaSeconds: answered == 0 ? 0 : waitOfAnswered / answered,
            AbandonPercent: 100 * (1 - answered),
            OccupancyPercent: 100 * busy / agents);
    }

    /// <summary>
    /// π(k) for k = 0..K, truncated where the tail is negligible (abandonment keeps the chain stable at any load).
    /// Weights are rescaled whenever they grow large, since λ/μ raised to hundreds of agents overflows a double.
    /// </summary>
    internal static double[] StationaryDistribution(int agents, double lambda, double mu, double theta)
    {
        var weights = new List<double> { 1 };
        double w = 1, total = 1;
        for (var k = 1; k < 200_000; k++)
        {
            w *= lambda / (Math.Min(k, agents) * mu + Math.Max(k - agents, 0) * theta);
            weights.Add(w);
            total += w;
            if (total > 1e200)
            {
                for (var i = 0; i < weights.Count; i++) weights[i] /= total;
                w /= total;
                total = 1;
            }
            if (k > agents && w < total * 1e-16) break;
        }
        return weights.Select(x => x / total).ToArray();
    }

    /// <summary>
    /// P(an arrival that must wait reaches an agent within t), by uniformisation of the tagged caller's
    /// pure-death chain: position i → i − 1 at rate n·μ + i·θ (position −1 = answered), hang-up at rate θ.
    /// </summary>
    private static double AnsweredWithin(double[] queued, double serviceRate, double theta, double t)
    {
        var top = queued.Length - 1;
        var uniform = serviceRate + top * theta + theta;
        var p = (double[])queued.Clone();
        // The Poisson weights are kept in logs: e^(−Λt) underflows for long thresholds on large queues.
        double answered = 0, logPoisson = -uniform * t, cumulative = Math.Exp(logPoisson);
        var mass = p.Sum();
        for (var step = 1; mass > 1e-15 && cumulative < 1 - 1e-13 && step < 1_000_000; step++)
        {
            var reached = p[0] * serviceRate / uniform;
            for (var i = 0; i < top; i++) p[i] = p[i] * (1 - (serviceRate + i * theta + theta) / uniform) + p[i + 1] * (serviceRate + (i + 1) * theta) / uniform;
            p[top] *= 1 - (serviceRate + top * theta + theta) / uniform;
            mass = p.Sum();
            // Answered by jump `step` counts when the Poisson clock has made at least `step` jumps by t.
            answered += reached * (1 - cumulative);
            logPoisson += Math.Log(uniform * t / step);
            cumulative += Math.Exp(logPoisson);
        }
        return answered;
    }
}
