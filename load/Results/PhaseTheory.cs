using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;
using ContactCenter.Load.Theory;

namespace ContactCenter.Load.Results;

/// <summary>
/// Per phase and queue, what was measured, and for steady phases with exponential handle times on a dedicated
/// agent pool, the Erlang C prediction (callers never hang up) or Erlang A (exponential patience).
/// </summary>
internal static class PhaseTheory
{
    public static PhaseResult[] Compare(Scenario scenario, LoadPlan plan, CallRecord[] calls)
    {
        var results = new List<PhaseResult>();
        var start = 0.0;
        foreach (var (phase, i) in scenario.Arrivals.Select((p, i) => (p, i)))
        {
            var end = start + phase.DurationSeconds;
            var queues = scenario.Queues.Select((q, qi) =>
            {
                var inPhase = calls.Where(c => c.Plan.QueueId == plan.Queues[qi].Id && c.ArrivedAt >= start && c.ArrivedAt < end).ToArray();
                var (theory, note) = Predict(scenario, phase, q);
                return Measure(q, inPhase, theory, note);
            }).ToArray();
            results.Add(new PhaseResult(i, phase.Kind.ToString().ToLowerInvariant(), start, end, queues));
            start = end;
        }
        return results.ToArray();
    }

    private static PhaseQueueResult Measure(QueueSpec queue, CallRecord[] calls, QueuePrediction? theory, string? note)
    {
        var f = CallFigures.Of(calls, queue.ThresholdSeconds);
        return new PhaseQueueResult(queue.Id, f.Arrivals, f.ServiceLevelPercent, f.AsaSeconds, f.AbandonPercent,
            f.ProbabilityOfWaitPercent, theory is null ? null : Rounded(theory), note);
    }

    /// <summary>The theory for one queue in one phase, or why none applies.</summary>
    internal static (QueuePrediction?, string?) Predict(Scenario scenario, PhaseSpec phase, QueueSpec queue)
    {
        if (phase.Kind != PhaseKind.Steady) return (null, "theory only for steady phases");
        var pool = scenario.Agents.Where(g => g.Serves(queue)).ToArray();
        if (pool.Any(g => scenario.Queues.Any(other => other != queue && g.Serves(other))))
            return (null, "agents are shared with another queue");
        if (pool.Any(g => g.HandleTime.Distribution != DistributionKind.Exponential) || pool.Select(g => g.HandleTime.MeanSeconds).Distinct().Count() > 1)
            return (null, "handle times are not exponential with one mean");
        var rate = phase.PerMinute / 60 * queue.Share / scenario.Queues.Sum(q => q.Share);
        var agents = pool.Sum(g => g.Count);
        var handle = pool[0].HandleTime.MeanSeconds;
        return scenario.Patience.Distribution switch
        {
            DistributionKind.None => (ErlangC.Predict(agents, rate, handle, queue.ThresholdSeconds), null),
            DistributionKind.Exponential => (ErlangA.Predict(agents, rate, handle, scenario.Patience.MeanSeconds, queue.ThresholdSeconds), null),
            _ => (null, "patience is not exponential"),
        };
    }

    private static QueuePrediction Rounded(QueuePrediction p) => p with
    {
        OfferedLoadErlangs = CallFigures.Round(p.OfferedLoadErlangs),
        ProbabilityOfWaitPercent = CallFigures.Round(p.ProbabilityOfWaitPercent),
        ServiceLevelPercent = CallFigures.Round(p.ServiceLevelPercent),
        AsaSeconds = double.IsFinite(p.AsaSeconds) ? CallFigures.Round(p.AsaSeconds) : -1,
        AbandonPercent = CallFigures.Round(p.AbandonPercent),
        OccupancyPercent = CallFigures.Round(p.OccupancyPercent),
    };
}
