using ContactCenter.Load.Results;

namespace ContactCenter.Load.Failover;

/// <summary>Turns the ledger, the kill and the audit into the result.</summary>
internal static class FailoverSummariser
{
    private const int ExampleIds = 5;

    public static FailoverResult Summarise(FailoverSettings settings, FailoverLedger ledger, DriverOutcome outcome, IReadOnlyList<AuditVerdict> verdicts,
        IReadOnlyList<ErrorCount> errors, DateTimeOffset measuredAt)
    {
        var calls = ledger.Calls;
        var killAt = outcome.Kill?.AtSeconds ?? settings.KillAfterSeconds;
        var routing = RoutingGaps.Analyse(ledger.Assignments, killAt, outcome.ArrivalsEnd);
        var seconds = (int)Math.Ceiling(outcome.ArrivalsEnd + outcome.DrainSeconds);
        return new FailoverResult(
            measuredAt,
            new FailoverRunSettings(settings.Redis, settings.ClusterId, ledger.Prefix, settings.RatePerSecond, settings.Agents, settings.HandleSeconds,
                settings.DurationSeconds, settings.KillAfterSeconds, settings.DrainSeconds, settings.CreateAttempts, settings.Seed, Environment.ProcessorCount),
            outcome.Kill,
            outcome.Placement,
            new InteractionCounts(calls.Count, calls.Count(c => c.CreateStartedAt is not null), calls.Count(c => c.Created),
                calls.Count(c => c.Created && c.CreateAttempts > 1), calls.Count(c => c.CreateFailed), calls.Count(c => c.Answers > 1),
                calls.Count(c => c.EndedWithoutDriver is not null), calls.Sum(c => c.Refusals), calls.Count(c => c.Created && c.Refusals > 0),
                calls.Count(c => c.GaveUp)),
            Audit(verdicts),
            routing,
            Latency(calls, killAt, routing.SettledAt),
            errors,
            outcome.ArrivalsEnd,
            outcome.DrainSeconds,
            outcome.Drained,
            RoutingGaps.PerSecond(ledger.Arrivals, seconds),
            RoutingGaps.PerSecond(ledger.Assignments, seconds));
    }

    public static AuditSummary Audit(IReadOnlyList<AuditVerdict> verdicts)
    {
        var lost = verdicts.Where(v => v.Outcome == AuditOutcome.Lost).ToArray();
        return new AuditSummary(
            verdicts.Count,
            verdicts.Where(v => v.Outcome == AuditOutcome.Terminal).GroupBy(v => v.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            verdicts.Count(v => v.Outcome == AuditOutcome.Queued),
            lost.Length,
            lost.GroupBy(v => v.Reason ?? "").OrderByDescending(g => g.Count())
                .Select(g => new LostReason(g.Key, g.Count(), g.Take(ExampleIds).Select(v => v.InteractionId).ToArray())).ToArray(),
            verdicts.Count(v => v.Outcome == AuditOutcome.NotCreated),
            verdicts.Count(v => v.Outcome == AuditOutcome.Refused));
    }

    private static LatencyByPhase Latency(IReadOnlyList<FailoverCall> calls, double killAt, double? settledAt)
    {
        Percentiles Of(Func<double, bool> arrivedIn) =>
            Percentiles.Of(calls.Where(c => c.CreateStartedAt is { } t && arrivedIn(t) && c.RoutingLatencyMs is not null).Select(c => c.RoutingLatencyMs!.Value));
        var settled = settledAt ?? double.PositiveInfinity;
        return new LatencyByPhase(Of(t => t < killAt), Of(t => t >= killAt && t < settled), Of(t => t >= settled));
    }
}
