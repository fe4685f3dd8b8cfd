namespace ContactCenter.Tests.Cases;

/// <summary>Opening a case, its owner and SLA due times, refusals that change nothing, and what it tells the customer.</summary>
[Collection(CasesClusterCollection.Name)]
public sealed class CaseLifecycleTests(CasesClusterFixture fixture)
{
    private readonly CaseWorld _world = new(fixture);

    private static async Task<ContactCenterException> Refused(Func<Task> call, ErrorKind kind, string? field = null)
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(call);
        Assert.Equal(kind, error.Kind);
        if (field is not null) Assert.Equal(field, error.Field);
        return error;
    }

    [Fact]
    public async Task A_new_case_is_owned_by_its_queue_with_due_times_from_the_customers_contract()
    {
        var (queue, _, customer, contract) = await _world.Setup(firstResponse: 60, resolution: 240);
        var now = _world.Now;
        var opened = await _world.Open(customer, queue);

        Assert.Equal((CaseStatus.New, queue, (string?)null, contract), (opened.Status, opened.QueueId, opened.AgentId, opened.ContractId));
        Assert.Equal((now.AddMinutes(60), now.AddMinutes(240)), (opened.Sla.FirstResponseDue, opened.Sla.ResolutionDue));
        Assert.Equal((SlaState.OnTrack, TimeSpan.FromMinutes(240)), (opened.Sla.State, opened.Sla.ResolutionRemaining));
        Assert.Equal(now.AddMinutes(30), opened.Sla.NextDeadline); // the pickup step of the default policy comes first
        var created = Assert.Single(opened.Timeline);
        Assert.Equal((CaseEventKind.Created, now), (created.Kind, created.At));
    }

    [Fact]
    public async Task A_case_opened_for_an_agent_is_assigned_to_them_with_their_team_and_links_its_interaction()
    {
        var (queue, skill, customer, _) = await _world.Setup();
        var agent = await _world.Agent(skill, 3, team: "Tier 2");
        var call = await _world.Center.Arrive(queue, customer);
        var opened = await _world.Open(customer, queue, agent, interaction: call.InteractionId);

        Assert.Equal((CaseStatus.Assigned, agent, "Tier 2"), (opened.Status, opened.AgentId, opened.Team));
        Assert.Equal([call.InteractionId], opened.InteractionIds);
        Assert.Contains(opened.Timeline, e => e.Kind == CaseEventKind.InteractionLinked && e.Reference == call.InteractionId);
    }

    [Fact]
    public async Task Creating_the_same_case_again_answers_it_and_a_different_draft_under_its_id_is_a_conflict()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var id = CenterBuilder.Key("case");
        var draft = new CaseDraft(customer, "Billing error", queue);
        var first = await _world.Case(id).Create(draft);
        _world.AdvanceMinutes(1);
        var again = await _world.Case(id).Create(draft);
        Assert.Equal((first.CreatedAt, first.Timeline.Count), (again.CreatedAt, again.Timeline.Count));
        await Refused(() => _world.Case(id).Create(draft with { Subject = "Another problem" }), ErrorKind.Conflict);
    }

    [Fact]
    public async Task A_case_for_an_unknown_customer_queue_agent_or_interaction_is_refused_naming_the_field_and_never_exists()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var id = CenterBuilder.Key("case");
        var error = await Refused(() => _world.Case(id).Create(new CaseDraft("nobody-" + id, "x", queue)), ErrorKind.Invalid, "customerId");
        Assert.Contains("does not exist", error.Message);
        await Refused(() => _world.Case(id).Create(new CaseDraft(customer, "x", "no-such-queue-" + id)), ErrorKind.Invalid, "queueId");
        await Refused(() => _world.Case(id).Create(new CaseDraft(customer, "x", queue, AgentId: "no-such-agent-" + id)), ErrorKind.Invalid, "agentId");
        await Refused(() => _world.Case(id).Create(new CaseDraft(customer, "x", queue, InteractionId: "no-such-call-" + id)), ErrorKind.Invalid, "interactionId");
        await Refused(() => _world.Case(id).Create(new CaseDraft(customer, " ", queue)), ErrorKind.Invalid, "subject");
        await Refused(() => _world.Case(id).GetSnapshot(), ErrorKind.NotFound);
    }

    [Fact]
    public async Task An_illegal_status_move_is_a_conflict_naming_both_states_and_changes_nothing()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var opened = await _world.Open(customer, queue);
        var error = await Refused(() => _world.Case(opened.CaseId).ChangeStatus(CaseStatus.Closed), ErrorKind.Conflict);
        Assert.Contains("New", error.Message);
        Assert.Contains("Closed", error.Message);
        var after = await _world.Snapshot(opened.CaseId);
        Assert.Equal((CaseStatus.New, opened.Timeline.Count, opened.UpdatedAt), (after.Status, after.Timeline.Count, after.UpdatedAt));
    }

    [Fact]
    public async Task Every_change_is_on_the_timeline_with_who_and_when()
    {
        var (queue, skill, customer, _) = await _world.Setup();
        var agent = await _world.Agent(skill, 3);
        var opened = await _world.Open(customer, queue);
        var grain = _world.Case(opened.CaseId);
        Actor.Set("maria");
        try
        {
            _world.AdvanceMinutes(5);
            await grain.Assign(agent);
            await grain.ChangeStatus(CaseStatus.InProgress, "calling back");
            await grain.AddNote("Customer will send logs\nafter lunch");
            var done = await grain.ChangePriority(CasePriority.High);
            // The board's predictor may add a system warning meanwhile; the people's entries are what this checks.
            var kinds = done.Timeline.Skip(1).Where(e => e.By != Actor.System).Select(e => (e.Kind, e.By)).ToArray();
            Assert.Equal([(CaseEventKind.Assigned, "maria"), (CaseEventKind.StatusChanged, "maria"), (CaseEventKind.StatusChanged, "maria"),
                (CaseEventKind.Note, "maria"), (CaseEventKind.PriorityChanged, "maria")], kinds);
            Assert.All(done.Timeline.Skip(1).Where(e => e.By != Actor.System), e => Assert.Equal(_world.Now, e.At));
            Assert.Equal((CaseStatus.InProgress, _world.Now), (done.Status, done.Sla.FirstResponseAt));
        }
        finally { Actor.Set(null); }
    }

    [Fact]
    public async Task Linking_an_interaction_of_another_customer_is_refused_and_linking_twice_is_a_no_op()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var other = await _world.NewCustomer(null);
        var opened = await _world.Open(customer, queue);
        var theirs = await _world.Center.Arrive(queue, other);
        await Refused(() => _world.Case(opened.CaseId).LinkInteraction(theirs.InteractionId), ErrorKind.Invalid, "interactionId");
        var ours = await _world.Center.Arrive(queue, customer);
        var once = await _world.Case(opened.CaseId).LinkInteraction(ours.InteractionId);
        var twice = await _world.Case(opened.CaseId).LinkInteraction(ours.InteractionId);
        Assert.Equal([ours.InteractionId], twice.InteractionIds);
        Assert.Equal(once.Timeline.Count, twice.Timeline.Count);
    }

    [Fact]
    public async Task Assigning_back_to_a_queue_clears_the_agent_and_an_unknown_agent_is_refused()
    {
        var (queue, skill, customer, _) = await _world.Setup();
        var agent = await _world.Agent(skill, 3);
        var opened = await _world.Open(customer, queue, agent);
        await Refused(() => _world.Case(opened.CaseId).Assign("ghost-" + opened.CaseId), ErrorKind.Invalid, "agentId");
        var other = await _world.Center.NewQueue(skill);
        var back = await _world.Case(opened.CaseId).Assign(null, other);
        Assert.Equal(((string?)null, other, CaseStatus.Assigned), (back.AgentId, back.QueueId, back.Status));
    }

    [Fact]
    public async Task The_customer_learns_of_its_open_case_and_churn_features_count_it()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var opened = await _world.Open(customer, queue);
        var cases = await Eventually.Until(() => _world.Center.Customer(customer).GetCases(), c => c.Count == 1, "the customer's case");
        Assert.Equal(opened.CaseId, cases[0].CaseId);
        var churn = await _world.Center.Customer(customer).GetChurn();
        Assert.Equal(1, churn.Features.OpenCases);
    }

    [Fact]
    public async Task The_timeline_keeps_the_created_entry_and_the_newest_up_to_its_cap()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var opened = await _world.Open(customer, queue);
        var grain = _world.Case(opened.CaseId);
        for (var i = 0; i < 1_010; i++) await grain.AddNote($"note {i}");
        var after = await grain.GetSnapshot();
        Assert.Equal(1_000, after.Timeline.Count);
        Assert.Equal(CaseEventKind.Created, after.Timeline[0].Kind);
        Assert.Equal("note 1009", after.Timeline[^1].Detail);
        Assert.DoesNotContain(after.Timeline, e => e.Detail == "note 0");
    }

    [Fact]
    public async Task A_contract_is_refused_naming_the_bad_field_and_a_default_id_answers_its_built_in_terms()
    {
        var id = CenterBuilder.Key("contract");
        var grain = _world.Grains.GetGrain<IServiceContractGrain>(id);
        await Refused(() => grain.Get(), ErrorKind.NotFound);
        await Refused(() => grain.Put(CaseWorld.Contract("other-" + id, CoverageHours.AlwaysOpen)), ErrorKind.Invalid, "contractId");
        await Refused(() => grain.Put(CaseWorld.Contract(id, CoverageHours.Weekdays("Mars/Olympus"))), ErrorKind.Invalid, "coverage.timeZone");
        await Refused(() => grain.Get(), ErrorKind.NotFound);
        var gold = await _world.Grains.GetGrain<IServiceContractGrain>(ServiceContracts.Gold).Get();
        Assert.Equal(ServiceContracts.BuiltIn(ServiceContracts.Gold).Name, gold.Name);
    }

    [Fact]
    public async Task A_customer_without_a_contract_of_their_own_is_under_their_tiers_default()
    {
        var (queue, _, _, _) = await _world.Setup();
        var customer = await _world.NewCustomer(null);
        var opened = await _world.Open(customer, queue);
        var profile = (await _world.Center.Customer(customer).GetSnapshot()).Profile;
        Assert.Equal(ServiceContracts.DefaultIdFor(profile.Tier), opened.ContractId);
    }
}
