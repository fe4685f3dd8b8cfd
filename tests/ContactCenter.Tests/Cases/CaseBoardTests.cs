using Orleans.Runtime;

namespace ContactCenter.Tests.Cases;

/// <summary>
/// The board on the TestCluster, fed with constructed summaries. The center's board is keyed "center"; each test
/// uses a board of its own key (the grain does not depend on its key), so counts are exact whatever else runs.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CaseBoardTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);
    private readonly ICaseBoardGrain _board = fixture.Grains.GetGrain<ICaseBoardGrain>(CenterBuilder.Key("board"));
    private DateTimeOffset Now => fixture.Time.GetUtcNow();

    private CaseSummary Summary(string queueId, SlaState sla = SlaState.OnTrack, CaseStatus status = CaseStatus.New,
        CasePriority priority = CasePriority.Normal, double deadlineMinutes = 60, string contractId = ServiceContracts.Platinum,
        string? agentId = null, string? team = null, string? customerId = null, string? caseId = null) => new(
        caseId ?? CenterBuilder.Key("case"), customerId ?? "cust-1", "Router drops the line", priority, status, queueId, agentId, team,
        contractId, sla, Now.AddMinutes(deadlineMinutes), Now.AddMinutes(deadlineMinutes), Now.AddHours(8), null, 0, 0, Now, Now);

    /// <summary>Upserts are one-way and the reads interleave, so wait until the board holds them all.</summary>
    private async Task Upsert(params CaseSummary[] summaries)
    {
        foreach (var s in summaries) await _board.Upsert(s);
        await Eventually.Until(
            () => Task.WhenAll(summaries.Select(s => _board.Query(new CaseQuery(CustomerId: s.CustomerId, OpenOnly: false, Take: CaseQuery.MaxTake)))),
            pages => summaries.All(s => pages.Any(p => p.Items.Contains(s) || p.Items.Any(i => i.CaseId == s.CaseId && i.UpdatedAt > s.UpdatedAt))),
            "the board to hold every upserted summary");
    }

    private async Task<IReadOnlyList<string>> Ids(CaseQuery query) => (await _board.Query(query)).Items.Select(c => c.CaseId).ToArray();

    [Fact]
    public async Task Each_filter_narrows_the_list_to_the_matching_cases()
    {
        var queue = CenterBuilder.Key("q");
        var other = CenterBuilder.Key("q");
        var plain = Summary(queue);
        var urgent = Summary(queue, priority: CasePriority.Urgent);
        var gold = Summary(queue, contractId: ServiceContracts.Gold);
        var atRisk = Summary(queue, SlaState.AtRisk);
        var owned = Summary(queue, status: CaseStatus.Assigned, agentId: "agent-7", team: "Billing");
        var customers = Summary(queue, customerId: "cust-2");
        var closed = Summary(queue, SlaState.Met, CaseStatus.Closed);
        var elsewhere = Summary(other);
        await Upsert(plain, urgent, gold, atRisk, owned, customers, closed, elsewhere);

        Assert.Equal(7, (await _board.Query(new CaseQuery(QueueId: queue, OpenOnly: false))).Total);
        Assert.Equal(6, (await _board.Query(new CaseQuery(QueueId: queue))).Total);
        Assert.Equal([elsewhere.CaseId], await Ids(new CaseQuery(QueueId: other)));
        Assert.Equal([urgent.CaseId], await Ids(new CaseQuery(QueueId: queue, Priority: CasePriority.Urgent)));
        Assert.Equal([gold.CaseId], await Ids(new CaseQuery(QueueId: queue, ContractId: ServiceContracts.Gold)));
        Assert.Equal([atRisk.CaseId], await Ids(new CaseQuery(QueueId: queue, Sla: SlaState.AtRisk)));
        Assert.Equal([owned.CaseId], await Ids(new CaseQuery(AgentId: "agent-7")));
        Assert.Equal([owned.CaseId], await Ids(new CaseQuery(QueueId: queue, Team: "billing")));
        Assert.Equal([customers.CaseId], await Ids(new CaseQuery(CustomerId: "cust-2")));
        Assert.Equal([closed.CaseId], await Ids(new CaseQuery(QueueId: queue, Sla: SlaState.Met, OpenOnly: false)));
    }

    [Fact]
    public async Task The_list_is_most_urgent_first_and_pages_keep_the_total()
    {
        var queue = CenterBuilder.Key("q");
        var later = Summary(queue, deadlineMinutes: 90, caseId: "c-later");
        var soonLow = Summary(queue, deadlineMinutes: 30, priority: CasePriority.Low, caseId: "c-soon-low");
        var soonHigh = Summary(queue, deadlineMinutes: 30, priority: CasePriority.High, caseId: "c-soon-high");
        var atRisk = Summary(queue, SlaState.AtRisk, deadlineMinutes: 120, caseId: "c-at-risk");
        var breached = Summary(queue, SlaState.Breached, deadlineMinutes: 240, caseId: "c-breached");
        var noDeadline = Summary(queue, SlaState.Paused, CaseStatus.PendingCustomer, caseId: "c-paused") with { NextDeadline = null };
        var closed = Summary(queue, SlaState.Met, CaseStatus.Resolved, deadlineMinutes: 1, caseId: "c-resolved");
        await Upsert(later, soonLow, soonHigh, atRisk, breached, noDeadline, closed);

        Assert.Equal(["c-breached", "c-at-risk", "c-soon-high", "c-soon-low", "c-later", "c-paused", "c-resolved"],
            await Ids(new CaseQuery(QueueId: queue, OpenOnly: false)));
        var page = await _board.Query(new CaseQuery(QueueId: queue, Skip: 2, Take: 2));
        Assert.Equal((6, 2, 2), (page.Total, page.Skip, page.Take));
        Assert.Equal(["c-soon-high", "c-soon-low"], page.Items.Select(c => c.CaseId));
        Assert.Empty((await _board.Query(new CaseQuery(QueueId: queue, Skip: 6))).Items);
    }

    [Fact]
    public async Task Unfiltered_pages_walk_the_whole_board_in_order()
    {
        var queue = CenterBuilder.Key("q");
        var cases = Enumerable.Range(0, 5).Select(i => Summary(queue, deadlineMinutes: 10 * (5 - i))).ToArray();
        await Upsert(cases);

        var page = await _board.Query(new CaseQuery(Skip: 1, Take: 3));

        Assert.Equal(5, page.Total);
        Assert.Equal(cases.Reverse().Skip(1).Take(3).Select(c => c.CaseId), page.Items.Select(c => c.CaseId));
    }

    [Fact]
    public async Task Counts_follow_every_status_change_and_escalations_count_for_the_current_utc_day()
    {
        var queue = CenterBuilder.Key("q");
        var cases = Enumerable.Range(0, 5).Select(_ => Summary(queue)).ToArray();
        await Upsert(cases);
        Assert.Equal(new CaseCounts(5, 0, 0, 0, 5, 0), await _board.GetCounts());

        _center.Advance(TimeSpan.FromMinutes(1));
        await Upsert(
            cases[0] with { Sla = SlaState.AtRisk, UpdatedAt = Now },
            cases[1] with { Sla = SlaState.Breached, EscalationLevel = 1, UpdatedAt = Now },
            cases[2] with { Status = CaseStatus.PendingCustomer, Sla = SlaState.Paused, UpdatedAt = Now },
            cases[3] with { Status = CaseStatus.Resolved, Sla = SlaState.Met, UpdatedAt = Now });
        Assert.Equal(new CaseCounts(1, 1, 1, 1, 4, 1), await _board.GetCounts());

        _center.Advance(TimeSpan.FromMinutes(1));
        await Upsert(cases[1] with { Sla = SlaState.Breached, EscalationLevel = 2, Status = CaseStatus.Closed, UpdatedAt = Now });
        Assert.Equal(new CaseCounts(1, 1, 0, 1, 3, 1), await _board.GetCounts());

        _center.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new CaseCounts(1, 1, 0, 1, 3, 0), await _board.GetCounts());
    }

    [Fact]
    public async Task An_older_summary_arriving_late_does_not_replace_a_newer_one()
    {
        var queue = CenterBuilder.Key("q");
        var first = Summary(queue);
        var newer = first with { Sla = SlaState.AtRisk, UpdatedAt = first.UpdatedAt.AddSeconds(5) };
        await Upsert(newer);
        await _board.Upsert(first);
        var marker = Summary(queue);
        await Upsert(marker);

        Assert.Equal(newer, (await _board.Query(new CaseQuery(QueueId: queue, Sla: SlaState.AtRisk))).Items.Single());
        Assert.Equal(new CaseCounts(1, 1, 0, 0, 2, 0), await _board.GetCounts());
    }

    [Fact]
    public async Task Open_cases_under_a_contract_leave_out_closed_ones_and_other_contracts()
    {
        var queue = CenterBuilder.Key("q");
        var contract = CenterBuilder.Key("contract");
        var open = Summary(queue, contractId: contract);
        var pending = Summary(queue, SlaState.Paused, CaseStatus.PendingCustomer, contractId: contract);
        var resolved = Summary(queue, SlaState.Met, CaseStatus.Resolved, contractId: contract);
        var other = Summary(queue);
        await Upsert(open, pending, resolved, other);

        Assert.Equal(new[] { open.CaseId, pending.CaseId }.Order(StringComparer.Ordinal), await _board.OpenCasesUnder(contract));

        _center.Advance(TimeSpan.FromSeconds(1));
        await Upsert(open with { Status = CaseStatus.Resolved, Sla = SlaState.Met, UpdatedAt = Now });
        Assert.Equal([pending.CaseId], await _board.OpenCasesUnder(contract));
    }

    private async Task<(string Queue, CaseSummary[] Cases)> QueueWithOneAgentAndThreeCasesDueIn20Minutes()
    {
        var skill = CenterBuilder.Skill("cases");
        var queue = await _center.NewQueue(skill);
        await _center.ReadyAgent((skill, 5));
        var cases = Enumerable.Range(1, 3).Select(i => Summary(queue, deadlineMinutes: 20, caseId: $"{queue}-case-{i}")).ToArray();
        await Upsert(cases);
        return (queue, cases);
    }

    private async Task<DateTimeOffset?> PredictedFor(string caseId) =>
        (await _board.Query(new CaseQuery(CustomerId: "cust-1", Take: CaseQuery.MaxTake))).Items.Single(c => c.CaseId == caseId).PredictedBreachAt;

    [Fact]
    public async Task A_case_the_queue_cannot_reach_before_its_due_is_predicted_to_breach_and_warned_once()
    {
        var (_, cases) = await QueueWithOneAgentAndThreeCasesDueIn20Minutes();

        // One available agent, nothing measured yet: 15 minutes a case, so pick-ups at +0, +15 and +30.
        Assert.Equal(1, await _board.PredictBreaches());
        Assert.Equal([null, null, Now.AddMinutes(30)], await Task.WhenAll(cases.Select(c => PredictedFor(c.CaseId))));
        Assert.Equal(0, await _board.PredictBreaches());
    }

    [Fact]
    public async Task A_prediction_is_sent_again_when_it_moves_by_more_than_five_minutes()
    {
        var (queue, cases) = await QueueWithOneAgentAndThreeCasesDueIn20Minutes();
        Assert.Equal(1, await _board.PredictBreaches());

        await Upsert(Summary(queue, priority: CasePriority.Urgent, deadlineMinutes: 60));

        // The urgent case goes first: the second case now breaches at +30 and the third moves from +30 to +45.
        Assert.Equal(2, await _board.PredictBreaches());
        Assert.Equal([null, Now.AddMinutes(30), Now.AddMinutes(45)], await Task.WhenAll(cases.Select(c => PredictedFor(c.CaseId))));
    }

    [Fact]
    public async Task Pick_ups_seen_in_the_last_hour_set_the_pace_of_the_prediction()
    {
        var (queue, cases) = await QueueWithOneAgentAndThreeCasesDueIn20Minutes();
        var done = Enumerable.Range(0, 6).Select(_ => Summary(queue, deadlineMinutes: 120)).ToArray();
        await Upsert(done);
        _center.Advance(TimeSpan.FromMinutes(1));
        await Upsert(done.Select(c => c with { Status = CaseStatus.InProgress, UpdatedAt = Now }).ToArray());
        await Upsert(cases.Select(c => c with { FirstResponseDue = Now.AddMinutes(20), UpdatedAt = Now }).ToArray());

        // Six started in the last hour by one agent: 10 minutes a case, so the third case (+20) just makes its due.
        Assert.Equal(0, await _board.PredictBreaches());

        _center.Advance(TimeSpan.FromMinutes(60));
        var late = cases.Select(c => c with { FirstResponseDue = Now.AddMinutes(20), UpdatedAt = Now }).ToArray();
        await Upsert(late);
        // An hour later those pick-ups have aged out: back to 15 minutes a case.
        Assert.Equal(1, await _board.PredictBreaches());
        Assert.Equal(Now.AddMinutes(30), await PredictedFor(cases[2].CaseId));
    }

    [Fact]
    public async Task Once_the_case_ahead_is_started_a_case_the_queue_now_reaches_in_time_loses_its_prediction()
    {
        var (_, cases) = await QueueWithOneAgentAndThreeCasesDueIn20Minutes();
        Assert.Equal(1, await _board.PredictBreaches());

        _center.Advance(TimeSpan.FromSeconds(1));
        await Upsert(cases[0] with { Status = CaseStatus.InProgress, UpdatedAt = Now });

        // One pick-up is too few to measure a pace: still 15 minutes a case, so the third is reached at +15.
        Assert.Equal(0, await _board.PredictBreaches());
        Assert.Null(await PredictedFor(cases[2].CaseId));
    }

    [Fact]
    public async Task The_list_and_todays_escalations_survive_the_board_being_deactivated()
    {
        var queue = CenterBuilder.Key("q");
        var cases = Enumerable.Range(0, 3).Select(i => Summary(queue, deadlineMinutes: 10 + i)).ToArray();
        await Upsert(cases);
        _center.Advance(TimeSpan.FromSeconds(1));
        await Upsert(cases[2] with { Sla = SlaState.Breached, EscalationLevel = 1, UpdatedAt = Now });
        var before = await _board.Query(new CaseQuery(QueueId: queue));
        Assert.Equal(new CaseCounts(2, 0, 1, 0, 3, 1), await _board.GetCounts());

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        await Eventually.Until(async () => await management.GetActivationAddress(_board), at => at is null, "the board to be deactivated");

        var after = await _board.Query(new CaseQuery(QueueId: queue));
        Assert.Equal(before.Items, after.Items);
        Assert.Equal([cases[2].CaseId, cases[0].CaseId, cases[1].CaseId], after.Items.Select(c => c.CaseId));
        Assert.Equal(new CaseCounts(2, 0, 1, 0, 3, 1), await _board.GetCounts());
    }

    [Theory]
    [InlineData(0, 0, "take")]
    [InlineData(0, CaseQuery.MaxTake + 1, "take")]
    [InlineData(-1, 10, "skip")]
    public async Task A_bad_page_is_refused_naming_the_field(int skip, int take, string field)
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _board.Query(new CaseQuery(Skip: skip, Take: take)));
        Assert.Equal(field, error.Field);
    }
}
