namespace ContactCenter.Tests.Churn;

[Collection(ClusterCollection.Name)]
public sealed class ChurnIndexTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private static AtRiskEntry Entry(string id, double value, double risk, string? queue = "billing", bool churned = false) =>
        new(id, id, ValueTiers.FromLifetimeValue(value), value, risk, queue, null, churned);

    /// <summary>A shard of its own (any key holds what it is given), so other tests' customers never show.</summary>
    private async Task<IChurnIndexGrain> Shard(params AtRiskEntry[] entries)
    {
        var shard = _center.Grains.GetGrain<IChurnIndexGrain>(CenterBuilder.Key("shard"));
        foreach (var e in entries) await shard.Update(e);
        return shard;
    }

    [Fact]
    public async Task Top_sorts_by_risk_times_value_then_id_and_counts_matches()
    {
        var shard = await Shard(
            Entry("b", 10_000, 0.5), Entry("a", 5_000, 1.0), Entry("c", 30_000, 0.9), Entry("d", 1_000, 0.9), Entry("gone", 90_000, 0.9, churned: true));
        var page = await shard.Top(new AtRiskFilter(), 3);
        Assert.Equal(["c", "a", "b"], page.Entries.Select(e => e.CustomerId));
        Assert.Equal((4, 5), (page.Matched, page.Indexed));

        var withChurned = await shard.Top(new AtRiskFilter(IncludeChurned: true), 10);
        Assert.Equal(["gone", "c", "a", "b", "d"], withChurned.Entries.Select(e => e.CustomerId));
        Assert.Equal(["a", "b", "c", "d", "gone"], await shard.CustomerIds());
    }

    [Fact]
    public async Task Filters_select_by_tier_queue_and_risk_band()
    {
        var shard = await Shard(
            Entry("std-low", 1_000, 0.1), Entry("std-mid", 2_000, 0.4, "sales"), Entry("gold-high", 8_000, 0.7), Entry("plat-high", 25_000, 0.65, "sales"),
            Entry("gold-mid", 6_000, RiskBands.Medium), Entry("plat-edge", 40_000, RiskBands.High - 0.0001));

        async Task<string[]> Ids(AtRiskFilter f) => (await shard.Top(f, 100)).Entries.Select(e => e.CustomerId).ToArray();
        Assert.Equal(["gold-high", "gold-mid"], await Ids(new AtRiskFilter(Tier: ValueTier.Gold)));
        Assert.Equal(["plat-high", "std-mid"], await Ids(new AtRiskFilter(QueueId: "sales")));
        Assert.Equal(["plat-high", "gold-high"], await Ids(new AtRiskFilter(Band: RiskBand.High)));
        Assert.Equal(["plat-edge", "gold-mid", "std-mid"], await Ids(new AtRiskFilter(Band: RiskBand.Medium)));
        Assert.Equal(["plat-high"], await Ids(new AtRiskFilter(Tier: ValueTier.Platinum, QueueId: "sales", Band: RiskBand.High)));
        var page = await shard.Top(new AtRiskFilter(Band: RiskBand.Low), 0);
        Assert.Equal((0, 1, 6), (page.Entries.Count, page.Matched, page.Indexed));
    }

    [Fact]
    public async Task An_update_replaces_the_customers_line()
    {
        var shard = await Shard(Entry("x", 10_000, 0.2), Entry("y", 10_000, 0.3));
        await shard.Update(Entry("x", 10_000, 0.9, "retention"));
        var page = await shard.Top(new AtRiskFilter(), 10);
        Assert.Equal(["x", "y"], page.Entries.Select(e => e.CustomerId));
        Assert.Equal((0.9, "retention", 2), (page.Entries[0].Risk, page.Entries[0].LastQueueId, page.Indexed));
        await Assert.ThrowsAsync<ContactCenterException>(() => shard.Top(new AtRiskFilter(), -1));
    }

    [Fact]
    public async Task A_customers_contact_reaches_its_shard_with_the_queue_and_time()
    {
        var customer = await _center.NewCustomer(7_500);
        await _center.Customer(customer).SetChurnRisk(0.66);
        var at = fixture.Time.GetUtcNow();
        await _center.Customer(customer).AppendContact(new ContactRecord(CenterBuilder.Key("call"), Channel.Voice, "billing", at,
            InteractionStatus.Completed, "agent", 12, "resolved", null));

        var shard = _center.Grains.GetGrain<IChurnIndexGrain>(ChurnIndex.ShardOf(customer));
        var line = await Eventually.Until(
            async () => (await shard.Top(new AtRiskFilter(Tier: ValueTier.Gold, QueueId: "billing"), 1_000)).Entries.SingleOrDefault(e => e.CustomerId == customer),
            e => e is not null, "the customer's index line");
        Assert.Equal(new AtRiskEntry(customer, "Test Customer", ValueTier.Gold, 7_500, 0.66, "billing", at, false), line);
    }
}
