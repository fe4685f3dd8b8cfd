using ContactCenter.Grains.Cases;

namespace ContactCenter.Tests.Cases;

public sealed class BreachPredictorTests
{
    // A Monday.
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly CoverageClock AllHours = new(CoverageHours.AlwaysOpen);

    private static CaseSummary Waiting(int n, DateTimeOffset due, CasePriority priority = CasePriority.Normal, SlaState sla = SlaState.OnTrack,
        CaseStatus status = CaseStatus.New) =>
        new($"case-{n:00}", "cust-1", "Broken router", priority, status, "q-1", null, null, "contract-1", sla,
            due, due, due.AddHours(8), null, 0, 0, Now.AddHours(-1), Now.AddHours(-1));

    private static IReadOnlyList<BreachPrediction> Predict(IReadOnlyList<CaseSummary> cases, QueueCapacity capacity, CoverageClock? clock = null) =>
        BreachPredictor.Predict(cases, capacity, Now, _ => clock ?? AllHours);

    [Fact]
    public void Cases_are_picked_up_agents_at_a_time_one_handle_time_apart()
    {
        var cases = Enumerable.Range(0, 8).Select(i => Waiting(i, Now.AddMinutes(20))).ToArray();

        var predictions = Predict(cases, new QueueCapacity(3, 12, 0, 5, 0));

        Assert.Equal([0, 0, 0, 12, 12, 12, 24, 24], predictions.Select(p => (int)(p.PickupAt!.Value - Now).TotalMinutes));
        Assert.Equal(["case-06", "case-07"], predictions.Where(p => p.Breach).Select(p => p.CaseId));
        var last = predictions[^1];
        Assert.Equal((7, Now.AddMinutes(24)), (last.Ahead, last.WarnAt));
        Assert.Equal("7 cases ahead, 3 agents with the skill, ~12 min each; predicted pick-up Mon 10:24 UTC, after the first-response due Mon 10:20 UTC", last.Basis);
    }

    [Fact]
    public void Waiting_calls_go_first_and_their_handle_time_is_shared_by_the_agents()
    {
        var cases = new[] { Waiting(0, Now.AddMinutes(30)), Waiting(1, Now.AddMinutes(8)) };

        var predictions = Predict(cases, new QueueCapacity(2, 20, 3, 6, 0));

        // 3 calls × 6 min over 2 agents = 9 min before either case.
        Assert.All(predictions, p => Assert.Equal(Now.AddMinutes(9), p.PickupAt));
        Assert.Equal([false, true], predictions.Select(p => p.Breach));
        Assert.StartsWith("1 case ahead, 2 agents with the skill, ~20 min each, 3 calls waiting first (~6 min each)", predictions[1].Basis);
    }

    [Fact]
    public void Coverage_closing_for_the_night_moves_the_pick_up_to_the_next_morning()
    {
        var weekdays = new CoverageClock(CoverageHours.Weekdays("UTC"));
        var evening = new DateTimeOffset(2026, 11, 2, 17, 50, 0, TimeSpan.Zero);
        // Due after 20 business minutes: 10 tonight, 10 tomorrow morning.
        var due = new DateTimeOffset(2026, 11, 3, 8, 10, 0, TimeSpan.Zero);
        var cases = Enumerable.Range(0, 3).Select(i => Waiting(i, due)).ToArray();

        var predictions = BreachPredictor.Predict(cases, new QueueCapacity(1, 15, 0, 5, 0), evening, _ => weekdays);

        // The second is 15 business minutes away: 10 tonight and 5 tomorrow; the third 30: 10 and 20.
        Assert.Equal([evening, due.AddMinutes(-5), due.AddMinutes(10)], predictions.Select(p => p.PickupAt!.Value));
        Assert.Equal([false, false, true], predictions.Select(p => p.Breach));
        Assert.Contains("predicted pick-up Tue 08:20 UTC, after coverage reopens, after the first-response due Tue 08:10 UTC", predictions[2].Basis);
    }

    [Fact]
    public void No_warning_when_the_agents_reach_every_case_before_its_due()
    {
        var cases = Enumerable.Range(0, 10).Select(i => Waiting(i, Now.AddMinutes(45))).ToArray();

        var predictions = Predict(cases, new QueueCapacity(5, 20, 0, 5, 0));

        Assert.Equal(10, predictions.Count);
        Assert.DoesNotContain(predictions, p => p.Breach);
        Assert.Equal(Now.AddMinutes(20), predictions.Max(p => p.PickupAt));
    }

    [Fact]
    public void Pick_up_order_puts_higher_priority_first_then_the_earliest_due()
    {
        var low = Waiting(1, Now.AddMinutes(10), CasePriority.Low);
        var urgentLate = Waiting(2, Now.AddMinutes(50), CasePriority.Urgent);
        var urgentSoon = Waiting(3, Now.AddMinutes(40), CasePriority.Urgent);
        var ordered = new[] { low, urgentLate, urgentSoon }.Order(CaseOrdering.Pickup).ToArray();

        var predictions = Predict(ordered, new QueueCapacity(1, 10, 0, 5, 0));

        Assert.Equal(["case-03", "case-02", "case-01"], predictions.Select(p => p.CaseId));
        Assert.Equal([false, false, true], predictions.Select(p => p.Breach));
    }

    [Fact]
    public void A_breached_case_is_not_warned_but_still_waits_ahead_while_a_started_case_is_neither()
    {
        var cases = new[]
        {
            Waiting(0, Now.AddMinutes(-5), sla: SlaState.Breached),
            Waiting(1, Now.AddMinutes(5)) with { Status = CaseStatus.InProgress },
            Waiting(2, Now.AddMinutes(5)),
        };

        var prediction = Assert.Single(Predict(cases, new QueueCapacity(1, 10, 0, 5, 0)));

        Assert.Equal(("case-02", 1, Now.AddMinutes(10), true), (prediction.CaseId, prediction.Ahead, prediction.PickupAt, prediction.Breach));
    }

    [Fact]
    public void With_nobody_to_pick_cases_up_only_a_due_within_the_hour_is_warned_at_the_due()
    {
        var soon = Waiting(0, Now.AddMinutes(45));
        var later = Waiting(1, Now.AddMinutes(90));

        var predictions = Predict([soon, later], QueueCapacity.None);

        Assert.Equal([(true, Now.AddMinutes(45)), (false, Now.AddMinutes(90))], predictions.Select(p => (p.Breach, p.WarnAt)));
        Assert.All(predictions, p => Assert.Null(p.PickupAt));
        Assert.Contains("no agent with the skill is available and fewer than 3 cases of this queue were picked up in the last hour", predictions[0].Basis);
    }

    [Fact]
    public void Capacity_is_measured_from_the_last_hours_pick_ups_and_falls_back_to_the_available_agents()
    {
        Assert.Equal(new QueueCapacity(3, 15, 2, 4, 12), QueueCapacity.Of(3, 12, 2, 240));
        Assert.Equal(new QueueCapacity(1, 10, 0, 5, 6), QueueCapacity.Of(0, 6, 0, 0));
        Assert.Equal(new QueueCapacity(4, QueueCapacity.DefaultCaseMinutes, 0, 5, 0), QueueCapacity.Of(4, 0, 0, 0));
        Assert.Equal(new QueueCapacity(2, QueueCapacity.DefaultCaseMinutes, 0, 5, 0), QueueCapacity.Of(2, QueueCapacity.MinSample - 1, 0, 0));
        Assert.Equal(0, QueueCapacity.Of(0, 0, 5, 300).Agents);
    }
}
