namespace ContactCenter.Grains.Cases;

/// <summary>The SLA clock of a case: coverage, targets, breaches, the SLA picture and contract changes.</summary>
public sealed partial class CaseGrain
{
    private CoverageClock? _coverage;
    private CoverageHours? _coverageOf;

    private CoverageClock Coverage()
    {
        var hours = S.Contract!.Coverage;
        if (_coverage is null || !ReferenceEquals(_coverageOf, hours)) (_coverage, _coverageOf) = (new CoverageClock(hours), hours);
        return _coverage;
    }

    private TimeSpan FirstResponseTarget => SlaRules.FirstResponseTarget(S.Contract!, S.Priority);
    private TimeSpan ResolutionTarget => SlaRules.ResolutionTarget(S.Contract!, S.Priority);

    private DateTimeOffset? ResolutionDue(DateTimeOffset now) => S.Status.IsOpen() ? S.Clock.When(Coverage(), ResolutionTarget) : null;

    /// <summary>Records each breach once, at the moment it is noticed (a reminder, or the change that comes first).</summary>
    private void RecordBreaches(DateTimeOffset now)
    {
        var used = S.Clock.Elapsed(Coverage(), now);
        if (SlaRules.FirstResponseDue(used, FirstResponseTarget, S.FirstResponseAt is not null, S.FirstResponseBreached))
        {
            S.FirstResponseBreached = true;
            S.Breaches++;
            S.PredictedBreachAt = null;
            Record(CaseEventKind.FirstResponseBreached, $"First response target of {Minutes(FirstResponseTarget)} business minutes missed", by: Actor.System);
        }
        if (SlaRules.ResolutionDue(used, ResolutionTarget, S.Status, S.ResolutionBreached))
        {
            S.ResolutionBreached = true;
            S.Breaches++;
            S.PredictedBreachAt = null;
            Record(CaseEventKind.ResolutionBreached, $"Resolution target of {Minutes(ResolutionTarget)} business minutes missed", by: Actor.System);
        }
    }

    /// <summary>The clock stops while waiting on the customer and once resolved or closed; the first move into work is the first response.</summary>
    private void MoveTo(CaseStatus to, DateTimeOffset now)
    {
        var coverage = Coverage();
        S.Clock = to == CaseStatus.PendingCustomer || !to.IsOpen() ? S.Clock.Stop(coverage, now) : S.Clock.Start(now);
        if (to.IsStarted()) S.FirstResponseAt ??= now;
        if (to.IsStarted() || !to.IsOpen()) S.PredictedBreachAt = null;
        if (to == CaseStatus.Resolved) S.ResolvedAt = now;
        if (to == CaseStatus.Reopened)
        {
            S.ResolvedAt = null;
            S.Escalation = EscalationProgress.StartAt(S.Clock.Elapsed(coverage, now));
        }
        S.Status = to;
    }

    private CaseSla Sla(DateTimeOffset now)
    {
        var coverage = Coverage();
        var used = S.Clock.Elapsed(coverage, now);
        var (first, resolution) = (FirstResponseTarget, ResolutionTarget);
        var responded = S.FirstResponseAt is not null;
        var open = S.Status.IsOpen();
        var firstBreached = S.FirstResponseBreached || (open && !responded && used >= first);
        var resolutionBreached = S.ResolutionBreached || (open && used >= resolution);
        var state = SlaRules.StateOf(S.Status, firstBreached, resolutionBreached, S.PredictedBreachAt is not null, used, resolution);
        return new CaseSla(state,
            responded ? null : S.Clock.When(coverage, first), S.FirstResponseAt,
            open ? S.Clock.When(coverage, resolution) : null, S.ResolvedAt,
            firstBreached, resolutionBreached,
            responded ? null : first - used, open ? resolution - used : null,
            S.NextDeadline, S.PredictedBreachAt, S.Status == CaseStatus.PendingCustomer);
    }

    /// <summary>The instant of the next mark worth waking for; null while the clock is stopped.</summary>
    private DateTimeOffset? NextDeadline(EscalationPolicy policy, DateTimeOffset now)
    {
        if (!S.Clock.Running || !S.Status.IsOpen()) return null;
        var coverage = Coverage();
        var used = S.Clock.Elapsed(coverage, now);
        var resolution = ResolutionTarget;
        var mark = SlaRules.NextMark(used,
            S.FirstResponseAt is null && !S.FirstResponseBreached ? FirstResponseTarget : null,
            S.ResolutionBreached ? null : resolution,
            S.ResolutionBreached ? null : SlaRules.AtRiskMark(resolution),
            EscalationRules.NextMark(policy, S.Escalation, S.Status, resolution));
        return mark is { } m ? S.Clock.When(coverage, m) : null;
    }

    public async Task ApplyContract(ServiceContract contract)
    {
        RequireExists();
        if (contract is null) throw ContactCenterException.Invalid("body", "A contract is required.");
        contract.Validate(CoverageClock.ZoneExists);
        if (contract.ContractId != S.Contract!.ContractId)
            throw ContactCenterException.Invalid("contractId", $"Case '{CaseId}' is under contract '{S.Contract.ContractId}', not '{contract.ContractId}'.");
        if (!S.Status.IsOpen() || SlaRules.SameTerms(contract, S.Contract)) return;
        var now = time.GetUtcNow();
        RecordBreaches(now);
        var before = ResolutionDue(now);
        var running = S.Clock.Running;
        S.Clock = S.Clock.Stop(Coverage(), now);
        S.Contract = contract;
        if (running) S.Clock = S.Clock.Start(now);
        Record(CaseEventKind.ContractChanged, $"contract changed: {contract.Name}; resolution due {Show(before)} → {Show(ResolutionDue(now))}", contract.ContractId);
        await Save();
    }

    public async Task WarnBreach(DateTimeOffset predictedBreachAt, string basis)
    {
        RequireExists();
        if (string.IsNullOrWhiteSpace(basis)) throw ContactCenterException.Invalid("basis", "basis is required.");
        Bounds.RequireOptionalText(basis, "basis", Bounds.MaxNotes);
        if (!S.Status.IsOpen() || S.Status.IsStarted() || S.FirstResponseBreached || S.ResolutionBreached) return;
        // One warning per prediction window: a prediction that moved less than this is the same warning.
        if (S.PredictedBreachAt is { } standing && (standing - predictedBreachAt).Duration() < WarningWindow) return;
        S.PredictedBreachAt = predictedBreachAt;
        Record(CaseEventKind.BreachWarning, $"Breach predicted at {Show(predictedBreachAt)}: {basis.Trim()}", by: Actor.System);
        await Save();
    }

    private static readonly TimeSpan WarningWindow = TimeSpan.FromMinutes(15);

    private static string Minutes(TimeSpan span) => ((int)Math.Round(span.TotalMinutes)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
