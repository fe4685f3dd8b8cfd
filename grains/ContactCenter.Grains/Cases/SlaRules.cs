namespace ContactCenter.Grains.Cases;

/// <summary>The SLA arithmetic of one case, pure: targets as business marks, breaches due, and the SLA state shown.</summary>
public static class SlaRules
{
    /// <summary>Below this share of the resolution target left, an open case is at risk.</summary>
    public const double AtRiskShare = 0.2;

    public static TimeSpan FirstResponseTarget(ServiceContract contract, CasePriority priority) =>
        TimeSpan.FromMinutes(contract.For(priority).FirstResponseMinutes);

    public static TimeSpan ResolutionTarget(ServiceContract contract, CasePriority priority) =>
        TimeSpan.FromMinutes(contract.For(priority).ResolutionMinutes);

    /// <summary>The mark from which an open case counts as at risk.</summary>
    public static TimeSpan AtRiskMark(TimeSpan resolutionTarget) => resolutionTarget * (1 - AtRiskShare);

    public static bool FirstResponseDue(TimeSpan used, TimeSpan target, bool responded, bool recorded) =>
        !responded && !recorded && used >= target;

    public static bool ResolutionDue(TimeSpan used, TimeSpan target, CaseStatus status, bool recorded) =>
        status.IsOpen() && !recorded && used >= target;

    /// <summary>Met when resolved in time; Breached when any breach on an open case; Paused; AtRisk; else OnTrack.</summary>
    public static SlaState StateOf(CaseStatus status, bool firstResponseBreached, bool resolutionBreached, bool warned, TimeSpan used, TimeSpan resolutionTarget)
    {
        if (!status.IsOpen()) return resolutionBreached ? SlaState.Breached : SlaState.Met;
        if (firstResponseBreached || resolutionBreached) return SlaState.Breached;
        if (status == CaseStatus.PendingCustomer) return SlaState.Paused;
        if (warned || used >= AtRiskMark(resolutionTarget)) return SlaState.AtRisk;
        return SlaState.OnTrack;
    }

    /// <summary>
    /// The next mark worth waking for: an unrecorded breach, the at-risk line still ahead, or an escalation step still
    /// to fire. A mark at or before <paramref name="used"/> is due now. Null when none.
    /// </summary>
    public static TimeSpan? NextMark(TimeSpan used, TimeSpan? firstResponse, TimeSpan? resolution, TimeSpan? atRisk, TimeSpan? escalation) =>
        new[] { firstResponse, resolution, atRisk > used ? atRisk : null, escalation }.Min();

    /// <summary>Whether two versions of a contract have the same terms (records compare lists by reference).</summary>
    public static bool SameTerms(ServiceContract a, ServiceContract b) =>
        a.Name == b.Name && a.Targets.SequenceEqual(b.Targets)
        && a.Coverage.TimeZone == b.Coverage.TimeZone && a.Coverage.Days.SequenceEqual(b.Coverage.Days)
        && a.Coverage.Holidays.SequenceEqual(b.Coverage.Holidays);
}
