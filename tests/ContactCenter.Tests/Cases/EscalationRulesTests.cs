using ContactCenter.Grains.Cases;

namespace ContactCenter.Tests.Cases;

/// <summary>When each escalation step falls due, in business minutes on the case's clock; pure.</summary>
public sealed class EscalationRulesTests
{
    private static readonly TimeSpan Resolution = TimeSpan.FromMinutes(480);
    private static TimeSpan M(double minutes) => TimeSpan.FromMinutes(minutes);

    private static EscalationStep? Due(EscalationProgress progress, double used, CaseStatus status = CaseStatus.New, EscalationPolicy? policy = null) =>
        EscalationRules.FirstDue(policy ?? EscalationPolicy.Default, progress, status, Resolution, M(used));

    [Fact]
    public void The_default_chain_is_due_at_30_50_and_80_minutes_not_a_minute_early()
    {
        var p = EscalationProgress.StartAt(TimeSpan.Zero);
        Assert.Null(Due(p, 29));
        Assert.Equal(EscalationStep.Reassigned, Due(p, 30));
        p = p.With(EscalationStep.Reassigned, M(30));
        Assert.Null(Due(p, 49));
        Assert.Equal(EscalationStep.SupervisorNotified, Due(p, 50));
        p = p.With(EscalationStep.SupervisorNotified, M(50));
        Assert.Null(Due(p, 79));
        Assert.Equal(EscalationStep.ManagersNotified, Due(p, 80));
        p = p.With(EscalationStep.ManagersNotified, M(80));
        Assert.Null(Due(p, 479));
        Assert.Equal(EscalationStep.SpecialistQueue, Due(p, 480));
        Assert.Null(Due(p.With(EscalationStep.SpecialistQueue, M(480)), 10_000));
    }

    [Fact]
    public void Pickup_steps_never_fire_for_a_started_case_but_the_resolution_step_does()
    {
        var p = EscalationProgress.StartAt(TimeSpan.Zero);
        Assert.Null(Due(p, 479, CaseStatus.InProgress));
        Assert.Equal(EscalationStep.SpecialistQueue, Due(p, 480, CaseStatus.PendingCustomer));
        Assert.Null(Due(p, 480, CaseStatus.Resolved));
    }

    [Fact]
    public void An_action_by_a_person_after_step_two_restarts_the_wait_for_managers()
    {
        var p = EscalationProgress.StartAt(TimeSpan.Zero).With(EscalationStep.Reassigned, M(30)).With(EscalationStep.SupervisorNotified, M(50)).ActedAt(M(70));
        Assert.Null(Due(p, 99));
        Assert.Equal(EscalationStep.ManagersNotified, Due(p, 100));
    }

    [Fact]
    public void A_reopened_chain_counts_from_the_reopen_and_switched_off_steps_are_skipped()
    {
        var p = EscalationProgress.StartAt(M(200));
        Assert.Null(Due(p, 229, CaseStatus.Reopened));
        Assert.Equal(EscalationStep.Reassigned, Due(p, 230, CaseStatus.Reopened));
        var noPickup = new EscalationPolicy(PickupMinutes: null);
        Assert.Equal(EscalationStep.SupervisorNotified, Due(EscalationProgress.StartAt(TimeSpan.Zero), 20, policy: noPickup));
        Assert.Equal(M(20), EscalationRules.NextMark(noPickup, EscalationProgress.StartAt(TimeSpan.Zero), CaseStatus.New, Resolution));
    }
}
