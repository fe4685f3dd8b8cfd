namespace ContactCenter.Tests.Churn;

[Collection(ClusterCollection.Name)]
public sealed class CustomerChurnFeatureTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task Interaction_events_update_the_customers_churn_features()
    {
        var skill = CenterBuilder.Skill("billing");
        var queue = await _center.NewQueue(skill);
        var customer = await _center.NewCustomer(1_200);
        var since = (await _center.Customer(customer).GetSnapshot()).Profile.CustomerSince;

        var hungUp = await _center.Arrive(queue, customer);
        _center.Advance(TimeSpan.FromSeconds(40));
        await _center.Interaction(hungUp.InteractionId).Abandon();

        var call = await _center.Arrive(queue, customer);
        _center.Advance(TimeSpan.FromSeconds(100));
        var first = await _center.ReadyAgent((skill, 5));
        await _center.Agent(first).Accept(call.InteractionId);
        var second = await _center.ReadyAgent((skill, 5));
        await _center.Interaction(call.InteractionId).TransferToAgent(second);
        await _center.Agent(second).Accept(call.InteractionId);
        await _center.Interaction(call.InteractionId).Ended();
        await _center.Agent(second).Complete(call.InteractionId, "complaint", null);
        // The finished record reaches the customer's history in the interaction's next turn, after the completion.
        await Eventually.Until(() => _center.Customer(customer).GetSnapshot(), c => c.RecentContacts.Any(r => r.InteractionId == call.InteractionId), "the completed contact in the history");
        await _center.Customer(customer).RecordSatisfaction(call.InteractionId, 2);

        var churn = await _center.Customer(customer).GetChurn();
        var expected = new ChurnFeatures(
            TenureDays: (fixture.Time.GetUtcNow() - since).TotalDays, LifetimeValue: 1_200,
            Contacts7d: 2, Contacts30d: 2, Contacts90d: 2, Abandoned90d: 1,
            MeanWaitSeconds: 70, MaxWaitSeconds: 100, Transfers90d: 1, RepeatContacts7d: 1,
            OpenCases: 0, EscalatedCases: 0, SlaBreaches: 0, Complaints90d: 1, CancellationRequests90d: 0, MeanSatisfaction: 2);
        Assert.Equal(expected, churn.Features);
        var contact = (await _center.Customer(customer).GetSnapshot()).RecentContacts[0];
        Assert.Equal((call.InteractionId, 1, (int?)2), (contact.InteractionId, contact.Transfers, contact.Satisfaction));
    }

    [Fact]
    public async Task Without_a_model_the_risk_set_by_hand_stays_and_the_view_says_no_model()
    {
        var customer = await _center.NewCustomer(3_000);
        await _center.Customer(customer).SetChurnRisk(0.42);
        await _center.Customer(customer).AppendContact(Contact("c1", fixture.Time.GetUtcNow()));
        await _center.Customer(customer).Rescore();

        var churn = await _center.Customer(customer).GetChurn();
        Assert.Equal(0.42, churn.Risk);
        Assert.Null(churn.ModelVersion);
        Assert.Null(churn.ScoredAt);
        Assert.Equal(0.42, (await _center.Customer(customer).GetRoutingInfo()).ChurnRisk);
        Assert.Equal("manual", Assert.Single(churn.History).ModelVersion);
    }

    [Fact]
    public async Task A_customer_who_leaves_keeps_the_features_of_that_day_for_training()
    {
        var customer = await _center.NewCustomer(800);
        await _center.Customer(customer).AppendContact(Contact("c1", fixture.Time.GetUtcNow(), wait: 200));
        await _center.Customer(customer).MarkChurned();
        var atChurn = (await _center.Customer(customer).GetChurn()).Features;

        _center.Advance(TimeSpan.FromDays(10));
        var churn = await _center.Customer(customer).GetChurn();
        Assert.Equal(atChurn, churn.Features);
        Assert.Equal(1, churn.Features.Contacts7d);
        Assert.Equal(fixture.Time.GetUtcNow().AddDays(-10), churn.ChurnedAt);
        var row = await _center.Customer(customer).GetTrainingRow();
        Assert.Equal((customer, true, atChurn), (row.CustomerId, row.Churned, row.Features));

        var shard = _center.Grains.GetGrain<IChurnIndexGrain>(ChurnIndex.ShardOf(customer));
        var page = await Eventually.Until(() => shard.Top(new AtRiskFilter(IncludeChurned: true), 1_000),
            p => p.Entries.Any(e => e.CustomerId == customer && e.Churned), "the index to show the customer as churned");
        Assert.DoesNotContain((await shard.Top(new AtRiskFilter(), 1_000)).Entries, e => e.CustomerId == customer);
        Assert.NotNull(page);
    }

    [Fact]
    public async Task Bad_satisfaction_and_seed_input_are_refused_naming_the_field()
    {
        var customer = await _center.NewCustomer(800);
        await _center.Customer(customer).AppendContact(Contact("c1", fixture.Time.GetUtcNow()));
        var score = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Customer(customer).RecordSatisfaction("c1", 6));
        Assert.Equal((ErrorKind.Invalid, "score"), (score.Kind, score.Field));
        var missing = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Customer(customer).RecordSatisfaction("nope", 3));
        Assert.Equal(ErrorKind.NotFound, missing.Kind);

        var id = CenterBuilder.Key("cust");
        var profile = new CustomerProfile(id, "Seeded", 100, fixture.Time.GetUtcNow().AddYears(-1));
        var bad = await Assert.ThrowsAsync<ContactCenterException>(() =>
            _center.Customer(id).Seed(profile, [Contact("h1", fixture.Time.GetUtcNow()) with { Satisfaction = 9 }], null));
        Assert.Equal("history[0].satisfaction", bad.Field);
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Customer(id).GetSnapshot());
    }

    [Fact]
    public async Task Seeding_writes_profile_history_and_churn_at_once_and_indexes_before_returning()
    {
        var id = CenterBuilder.Key("cust");
        var now = fixture.Time.GetUtcNow();
        var profile = new CustomerProfile(id, "Seeded", 6_000, now.AddYears(-3));
        ContactRecord[] history = [Contact("h2", now.AddDays(-3), wait: 50), Contact("h1", now.AddDays(-20), wait: 10)];
        await _center.Customer(id).Seed(profile, history, now.AddDays(-1));

        var snapshot = await _center.Customer(id).GetSnapshot();
        Assert.Equal(["h2", "h1"], snapshot.RecentContacts.Select(c => c.InteractionId));
        var churn = await _center.Customer(id).GetChurn();
        Assert.Equal((now.AddDays(-1), 2, 50.0), (churn.ChurnedAt, churn.Features.Contacts30d, churn.Features.MaxWaitSeconds));
        var ids = await _center.Grains.GetGrain<IChurnIndexGrain>(ChurnIndex.ShardOf(id)).CustomerIds();
        Assert.Contains(id, ids);
    }

    private static ContactRecord Contact(string id, DateTimeOffset at, double wait = 10) =>
        new(id, Channel.Voice, "q", at, InteractionStatus.Completed, "agent", wait, "resolved", null);
}
