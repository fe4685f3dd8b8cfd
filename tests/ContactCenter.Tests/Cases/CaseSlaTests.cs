namespace ContactCenter.Tests.Cases;

/// <summary>The SLA clock on the cluster: pause and resume, contract changes, breaches, and what the customer's churn features see.</summary>
[Collection(CasesClusterCollection.Name)]
public sealed class CaseSlaTests(CasesClusterFixture fixture)
{
    private readonly CaseWorld _world = new(fixture);

    [Fact]
    public async Task Waiting_on_the_customer_pauses_the_clock_and_resuming_shifts_the_resolution_due_by_the_pause()
    {
        var (queue, _, customer, _) = await _world.Setup(firstResponse: 60, resolution: 240);
        var opened = await _world.Open(customer, queue);
        var grain = _world.Case(opened.CaseId);
        await grain.ChangeStatus(CaseStatus.InProgress);
        _world.AdvanceMinutes(40);
        var paused = await grain.ChangeStatus(CaseStatus.PendingCustomer, "waiting for logs");
        Assert.Equal((SlaState.Paused, true, (DateTimeOffset?)null, (DateTimeOffset?)null),
            (paused.Sla.State, paused.Sla.Paused, paused.Sla.ResolutionDue, paused.Sla.NextDeadline));
        Assert.Equal(TimeSpan.FromMinutes(200), paused.Sla.ResolutionRemaining);

        _world.AdvanceMinutes(300);
        Assert.Equal(TimeSpan.FromMinutes(200), (await grain.GetSnapshot()).Sla.ResolutionRemaining);
        var resumed = await grain.ChangeStatus(CaseStatus.InProgress);
        Assert.Equal(opened.Sla.ResolutionDue!.Value.AddMinutes(300), resumed.Sla.ResolutionDue);
        Assert.Equal(SlaState.OnTrack, resumed.Sla.State);
    }

    [Fact]
    public async Task A_late_first_response_is_recorded_once_as_a_breach_and_counted()
    {
        var (queue, _, customer, _) = await _world.Setup(firstResponse: 60, resolution: 10_000);
        var opened = await _world.Open(customer, queue);
        await _world.Grains.GetGrain<IEscalationPolicyGrain>(queue).Set(new EscalationPolicy(null, null, null));
        _world.AdvanceMinutes(59);
        await _world.Remind(opened.CaseId);
        Assert.False((await _world.Snapshot(opened.CaseId)).Sla.FirstResponseBreached);
        _world.AdvanceMinutes(1);
        await _world.Remind(opened.CaseId);
        await _world.Remind(opened.CaseId);
        var late = await _world.Case(opened.CaseId).ChangeStatus(CaseStatus.InProgress);
        var breach = Assert.Single(late.Timeline, e => e.Kind == CaseEventKind.FirstResponseBreached);
        Assert.Equal((Actor.System, _world.Now), (breach.By, breach.At));
        Assert.Equal((SlaState.Breached, true), (late.Sla.State, late.Sla.FirstResponseBreached));
    }

    [Fact]
    public async Task A_contract_change_moves_the_deadlines_of_open_cases_and_the_timeline_says_so()
    {
        var (queue, _, customer, contract) = await _world.Setup(firstResponse: 60, resolution: 240);
        var opened = await _world.Open(customer, queue);
        await Eventually.Until(() => _world.Grains.GetGrain<ICaseBoardGrain>("center").OpenCasesUnder(contract),
            ids => ids.Contains(opened.CaseId), "the board to know the case");
        _world.AdvanceMinutes(20);

        Actor.Set("admin-ann");
        try { await _world.PutContract(CaseWorld.Contract(contract, CoverageHours.AlwaysOpen, 60, 480)); }
        finally { Actor.Set(null); }

        var after = await _world.Snapshot(opened.CaseId);
        Assert.Equal(opened.Sla.ResolutionDue!.Value.AddMinutes(240), after.Sla.ResolutionDue);
        var change = Assert.Single(after.Timeline, e => e.Kind == CaseEventKind.ContractChanged);
        Assert.StartsWith("contract changed:", change.Detail);
        Assert.Contains("→", change.Detail);
        Assert.Equal(("admin-ann", _world.Now), (change.By, change.At));
    }

    [Fact]
    public async Task New_coverage_hours_apply_from_the_moment_of_the_change()
    {
        var (queue, _, customer, contract) = await _world.Setup(firstResponse: 60, resolution: 240);
        var opened = await _world.Open(customer, queue);
        _world.AdvanceMinutes(100);
        // Only this case: apply directly, as the contract grain does for each open case.
        var closedAllWeek = new CoverageHours("UTC", [new CoverageDay(_world.Now.AddDays(2).DayOfWeek, "00:00", "24:00")], []);
        await _world.Case(opened.CaseId).ApplyContract(CaseWorld.Contract(contract, closedAllWeek, 60, 240));
        var after = await _world.Snapshot(opened.CaseId);
        // 100 minutes used before the change; the 140 left run on the new calendar's next open day.
        Assert.Equal(new DateTimeOffset(_world.Now.UtcDateTime.Date.AddDays(2), TimeSpan.Zero).AddMinutes(140), after.Sla.ResolutionDue);
        Assert.Equal(TimeSpan.FromMinutes(140), after.Sla.ResolutionRemaining);
    }

    [Fact]
    public async Task Escalations_and_breaches_become_churn_features_of_the_customer()
    {
        var (queue, _, customer, _) = await _world.Setup(firstResponse: 20, resolution: 240);
        var opened = await _world.Open(customer, queue);
        _world.AdvanceMinutes(30);
        await _world.Remind(opened.CaseId);
        var churn = await Eventually.Until(() => _world.Center.Customer(customer).GetChurn(),
            c => c.Features.SlaBreaches > 0 && c.Features.EscalatedCases > 0, "case facts on the customer");
        Assert.Equal((1, 1, 1), (churn.Features.OpenCases, churn.Features.EscalatedCases, churn.Features.SlaBreaches));
    }

    [Fact]
    public async Task A_breach_warning_puts_the_case_at_risk_and_is_recorded_once_per_prediction_window()
    {
        var (queue, _, customer, _) = await _world.Setup(firstResponse: 60, resolution: 10_000);
        var opened = await _world.Open(customer, queue);
        var grain = _world.Case(opened.CaseId);
        var basis = "test basis " + opened.CaseId;
        await grain.WarnBreach(_world.Now.AddMinutes(70), basis);
        await grain.WarnBreach(_world.Now.AddMinutes(75), basis);
        var warned = await grain.GetSnapshot();
        Assert.Equal(SlaState.AtRisk, warned.Sla.State);
        Assert.Single(warned.Timeline, e => e.Kind == CaseEventKind.BreachWarning && e.Detail.Contains(basis));

        var started = await grain.ChangeStatus(CaseStatus.InProgress);
        Assert.Equal((SlaState.OnTrack, (DateTimeOffset?)null), (started.Sla.State, started.Sla.PredictedBreachAt));
    }
}
