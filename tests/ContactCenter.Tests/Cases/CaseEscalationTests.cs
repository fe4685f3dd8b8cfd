using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace ContactCenter.Tests.Cases;

/// <summary>
/// The escalation chain on the case's SLA clock, driven as Orleans drives it: the fake clock moves and the "sla"
/// reminder fires. Default policy: reassign at 30 business minutes, supervisor at 50, managers at 80.
/// </summary>
[Collection(CasesClusterCollection.Name)]
public sealed class CaseEscalationTests(CasesClusterFixture fixture)
{
    private readonly CaseWorld _world = new(fixture);

    private async Task<CaseSnapshot> After(string caseId, double minutes)
    {
        _world.AdvanceMinutes(minutes);
        await _world.Remind(caseId);
        return await _world.Snapshot(caseId);
    }

    [Fact]
    public async Task Step_one_reassigns_at_the_pickup_time_to_a_ready_agent_with_the_skill_not_a_minute_early()
    {
        var (queue, skill, customer, _) = await _world.Setup();
        var owner = await _world.Agent(skill, 5, ready: false);
        await _world.Agent(skill, 5, ready: false);                 // better skilled than the ready one, but not ready
        await _world.Agent(CenterBuilder.Skill("other"), 5);        // ready, without the skill
        var ready = await _world.Agent(skill, 2, team: "Night shift");
        var opened = await _world.Open(customer, queue, owner);

        var early = await After(opened.CaseId, 29);
        Assert.Equal((owner, 0), (early.AgentId, early.EscalationLevel));
        var due = await After(opened.CaseId, 1);

        Assert.Equal((ready, "Night shift", 1), (due.AgentId, due.Team, due.EscalationLevel));
        var step = Assert.Single(CaseWorld.Escalations(due));
        Assert.Equal((Actor.System, _world.Now), (step.By, step.At));
        Assert.Contains("Step 1", step.Detail);
    }

    [Fact]
    public async Task Step_one_never_gives_the_case_to_an_agent_who_has_logged_out()
    {
        var (queue, skill, customer, _) = await _world.Setup();
        var gone = await _world.Agent(skill, 5, ready: false);
        await _world.Center.Agent(gone).Logout();
        var notReady = await _world.Agent(skill, 1, ready: false);
        var opened = await _world.Open(customer, queue);
        var due = await After(opened.CaseId, 30);
        Assert.Equal((notReady, CaseStatus.Assigned), (due.AgentId, due.Status));
    }

    [Fact]
    public async Task Without_an_available_agent_step_one_returns_the_case_to_its_queue_and_says_so()
    {
        var (queue, skill, customer, _) = await _world.Setup();
        var owner = await _world.Agent(skill, 5);
        var opened = await _world.Open(customer, queue, owner);
        var due = await After(opened.CaseId, 30);
        Assert.Equal(((string?)null, queue, 1), (due.AgentId, due.QueueId, due.EscalationLevel));
        Assert.Contains("no agent was available", Assert.Single(CaseWorld.Escalations(due)).Detail);
    }

    [Fact]
    public async Task Supervisors_then_managers_are_notified_each_at_their_moment_and_each_step_fires_once()
    {
        var (queue, skill, customer, _) = await _world.Setup(resolution: 10_000);
        var owner = await _world.Agent(skill, 4, team: "Billing A");
        var opened = await _world.Open(customer, queue, owner);
        await After(opened.CaseId, 30);

        Assert.Equal(1, (await After(opened.CaseId, 19)).EscalationLevel);
        var supervised = await After(opened.CaseId, 1);
        Assert.Equal(2, supervised.EscalationLevel);
        var notices = await Notices(opened.CaseId);
        var notice = Assert.Single(notices);
        Assert.Equal((NotificationAudience.Supervisors, EscalationStep.SupervisorNotified, "Billing A", _world.Now), (notice.Audience, notice.Step, notice.Team, notice.RaisedAt));

        Assert.Equal(2, (await After(opened.CaseId, 29)).EscalationLevel);
        var managed = await After(opened.CaseId, 1);
        Assert.Equal(3, managed.EscalationLevel);
        Assert.Contains(await Notices(opened.CaseId), n => n.Audience == NotificationAudience.Managers && n.Step == EscalationStep.ManagersNotified);

        var later = await After(opened.CaseId, 60);
        Assert.Equal(3, CaseWorld.Escalations(later).Count());
        Assert.Equal(2, (await Notices(opened.CaseId)).Count);
    }

    [Fact]
    public async Task A_note_by_a_person_after_the_supervisor_step_delays_the_managers_step()
    {
        var (queue, _, customer, _) = await _world.Setup(resolution: 10_000);
        var opened = await _world.Open(customer, queue);
        await After(opened.CaseId, 50);
        _world.AdvanceMinutes(20);
        Actor.Set("sam");
        try { await _world.Case(opened.CaseId).AddNote("Looking into it"); }
        finally { Actor.Set(null); }
        Assert.Equal(2, (await After(opened.CaseId, 29)).EscalationLevel);
        Assert.Equal(3, (await After(opened.CaseId, 1)).EscalationLevel);
    }

    [Fact]
    public async Task A_started_case_does_not_escalate_for_pickup()
    {
        var (queue, skill, customer, _) = await _world.Setup(resolution: 10_000);
        var owner = await _world.Agent(skill, 4);
        var opened = await _world.Open(customer, queue, owner);
        await _world.Case(opened.CaseId).ChangeStatus(CaseStatus.InProgress);
        var later = await After(opened.CaseId, 120);
        Assert.Equal((0, owner), (later.EscalationLevel, later.AgentId));
    }

    [Fact]
    public async Task A_breached_resolution_moves_the_case_to_the_specialist_queue_and_raises_its_priority()
    {
        var (queue, skill, customer, _) = await _world.Setup(firstResponse: 30, resolution: 120);
        var specialists = await _world.Center.NewQueue(skill);
        await _world.Grains.GetGrain<IEscalationPolicyGrain>(queue).Set(new EscalationPolicy(null, null, null, specialists, true));
        var owner = await _world.Agent(skill, 4);
        var opened = await _world.Open(customer, queue, owner);
        await _world.Case(opened.CaseId).ChangeStatus(CaseStatus.InProgress);

        var early = await After(opened.CaseId, 119);
        Assert.Equal((queue, SlaState.AtRisk), (early.QueueId, early.Sla.State));
        var breached = await After(opened.CaseId, 1);

        Assert.Equal((specialists, CasePriority.High, 4, SlaState.Breached), (breached.QueueId, breached.Priority, breached.EscalationLevel, breached.Sla.State));
        Assert.Single(breached.Timeline, e => e.Kind == CaseEventKind.ResolutionBreached);
        Assert.Contains(await Notices(opened.CaseId), n => n.Step == EscalationStep.SpecialistQueue && n.Audience == NotificationAudience.Supervisors);
    }

    [Fact]
    public async Task A_policy_naming_an_unknown_specialist_queue_is_refused()
    {
        var queue = await _world.Center.NewQueue(CenterBuilder.Skill("x"));
        var error = await Assert.ThrowsAsync<ContactCenterException>(() =>
            _world.Grains.GetGrain<IEscalationPolicyGrain>(queue).Set(new EscalationPolicy(SpecialistQueueId: "nowhere-" + queue)));
        Assert.Equal((ErrorKind.Invalid, "specialistQueueId"), (error.Kind, error.Field));
        Assert.Equal(EscalationPolicy.Default, await _world.Grains.GetGrain<IEscalationPolicyGrain>(queue).Get());
    }

    [Fact]
    public async Task A_case_opened_friday_evening_before_a_monday_holiday_escalates_on_tuesday_morning()
    {
        var friday = _world.AdvanceToNext(DayOfWeek.Friday, 17, 30);
        var monday = DateOnly.FromDateTime(friday.UtcDateTime.AddDays(3));
        var coverage = CoverageHours.Weekdays("UTC") with { Holidays = [monday] };
        var (queue, _, customer, _) = await _world.Setup(coverage, resolution: 10_000);
        var opened = await _world.Open(customer, queue);
        var tuesday = new DateTimeOffset(friday.UtcDateTime.Date.AddDays(4).AddHours(8), TimeSpan.Zero);
        Assert.Equal(tuesday, opened.Sla.NextDeadline);

        foreach (var at in new[] { friday.AddMinutes(30), friday.AddDays(1).AddHours(3), friday.AddDays(3).AddHours(-7), tuesday.AddMinutes(-1) })
        {
            fixture.Time.SetUtcNow(at);
            await _world.Remind(opened.CaseId);
            Assert.Equal(0, (await _world.Snapshot(opened.CaseId)).EscalationLevel);
        }
        fixture.Time.SetUtcNow(tuesday);
        await _world.Remind(opened.CaseId);
        var escalated = await _world.Snapshot(opened.CaseId);
        Assert.Equal(1, escalated.EscalationLevel);
        Assert.Equal(tuesday, Assert.Single(CaseWorld.Escalations(escalated)).At);
    }

    [Fact]
    public async Task A_deadline_survives_deactivation_of_the_case_grain()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var opened = await _world.Open(customer, queue);
        var reminders = await Reminders(opened.CaseId);
        Assert.Contains(reminders, r => r.ReminderName == "sla");

        var management = _world.Grains.GetGrain<IManagementGrain>(0);
        var grainId = _world.Case(opened.CaseId).GetGrainId();
        await management.ForceActivationCollection(TimeSpan.Zero);
        Assert.DoesNotContain(grainId, await management.GetActiveGrains(grainId.Type));
        _world.AdvanceMinutes(30);
        await _world.Remind(opened.CaseId);
        Assert.Equal(1, (await _world.Snapshot(opened.CaseId)).EscalationLevel);
    }

    [Fact]
    public async Task A_resolved_case_has_no_reminder_and_a_reopened_case_escalates_again_from_the_reopen()
    {
        var (queue, _, customer, _) = await _world.Setup(resolution: 10_000);
        var opened = await _world.Open(customer, queue);
        await After(opened.CaseId, 30);
        await _world.Case(opened.CaseId).ChangeStatus(CaseStatus.Resolved);
        Assert.DoesNotContain(await Reminders(opened.CaseId), r => r.ReminderName == "sla");
        Assert.Null((await _world.Snapshot(opened.CaseId)).Sla.NextDeadline);

        _world.AdvanceMinutes(100);
        await _world.Case(opened.CaseId).ChangeStatus(CaseStatus.Reopened);
        Assert.Contains(await Reminders(opened.CaseId), r => r.ReminderName == "sla");
        Assert.Single(CaseWorld.Escalations(await After(opened.CaseId, 29)));
        Assert.Equal(2, CaseWorld.Escalations(await After(opened.CaseId, 1)).Count());
    }

    private Task<IReadOnlyList<CaseNotification>> Notices(string caseId) => Eventually.Until(
        async () => (IReadOnlyList<CaseNotification>)(await _world.Grains.GetGrain<ICaseNotificationsGrain>("center").GetRecent(take: 1_000))
            .Where(n => n.CaseId == caseId).ToArray(), _ => true, "notices");

    /// <summary>The reminder rows the silo's reminder table holds for the case grain.</summary>
    private async Task<IReadOnlyList<ReminderEntry>> Reminders(string caseId)
    {
        var table = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        var grainId = _world.Case(caseId).GetGrainId();
        return [.. (await table.ReadRows(grainId)).Reminders];
    }
}
