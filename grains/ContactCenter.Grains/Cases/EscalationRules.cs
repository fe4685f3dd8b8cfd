namespace ContactCenter.Grains.Cases;

/// <summary>
/// Which escalation step is due, as business-time marks on the case's SLA clock. Pure, so the timing is tested
/// without a cluster. Steps 1–3 apply only while the case is not started; step 3 counts from step 2 or from the
/// last action by a person, whichever is later; step 4 is due at the resolution target.
/// </summary>
public static class EscalationRules
{
    public static readonly EscalationStep[] Steps =
        [EscalationStep.Reassigned, EscalationStep.SupervisorNotified, EscalationStep.ManagersNotified, EscalationStep.SpecialistQueue];

    /// <summary>The business mark at which <paramref name="step"/> is due, or null when it will not fire.</summary>
    public static TimeSpan? DueMark(EscalationStep step, EscalationPolicy policy, EscalationProgress progress, CaseStatus status, TimeSpan resolutionTarget)
    {
        if (progress.HasFired(step) || !status.IsOpen()) return null;
        var pickup = progress.Base + Minutes(policy.PickupMinutes);
        var supervisor = pickup + Minutes(policy.SupervisorMinutes);
        return step switch
        {
            EscalationStep.Reassigned when !status.IsStarted() && policy.PickupMinutes is not null => pickup,
            EscalationStep.SupervisorNotified when !status.IsStarted() && policy.SupervisorMinutes is not null => supervisor,
            EscalationStep.ManagersNotified when !status.IsStarted() && policy.ManagersMinutes is { } m =>
                Max(progress.SupervisorAt ?? supervisor, progress.LastActionAt ?? TimeSpan.Zero) + TimeSpan.FromMinutes(m),
            EscalationStep.SpecialistQueue => resolutionTarget,
            _ => null,
        };
    }

    /// <summary>The first step due at <paramref name="used"/> business time, in chain order.</summary>
    public static EscalationStep? FirstDue(EscalationPolicy policy, EscalationProgress progress, CaseStatus status, TimeSpan resolutionTarget, TimeSpan used) =>
        Steps.Cast<EscalationStep?>().FirstOrDefault(s => DueMark(s!.Value, policy, progress, status, resolutionTarget) <= used);

    /// <summary>The earliest mark of a step still to fire.</summary>
    public static TimeSpan? NextMark(EscalationPolicy policy, EscalationProgress progress, CaseStatus status, TimeSpan resolutionTarget) =>
        Steps.Select(s => DueMark(s, policy, progress, status, resolutionTarget)).Where(m => m is not null).Min();

    private static TimeSpan Minutes(int? minutes) => TimeSpan.FromMinutes(minutes ?? 0);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
