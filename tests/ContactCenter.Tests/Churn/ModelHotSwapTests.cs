using System.Globalization;
using ContactCenter.Churn;
using ContactCenter.Churn.Center;

namespace ContactCenter.Tests.Churn;

[Collection(ChurnClusterCollection.Name)]
public sealed class ModelHotSwapTests(ChurnClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private IChurnModelGrain Center => _center.Grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey);

    [Fact]
    public async Task A_promoted_model_rescores_every_customer_and_a_later_one_replaces_it_without_a_restart()
    {
        var (leaveWhenAbandoned, stayWhenAbandoned) = (Train(abandonmentMeansLeaving: true), Train(abandonmentMeansLeaving: false));
        var customer = await SeedCustomer(abandoned: 4);
        var rescore = new ChurnRescore(_center.Grains);

        var a = await rescore.Promote(leaveWhenAbandoned);
        var first = await _center.Customer(customer).GetChurn();
        Assert.Equal(a, first.ModelVersion);
        Assert.True(first.Risk > 0.6, $"risk {first.Risk} under model A");
        Assert.Equal(first.Risk, (await _center.Customer(customer).GetRoutingInfo()).ChurnRisk);
        Assert.InRange(first.TopContributions.Count, 1, 3);
        Assert.Contains(first.TopContributions, c => c.Feature == ChurnFeatureNames.Abandoned90d && c.Contribution > 0);
        Assert.Equal(fixture.Time.GetUtcNow(), first.ScoredAt);

        var b = await rescore.Promote(stayWhenAbandoned);
        Assert.NotEqual(a, b);
        Assert.Equal(b, await Center.GetVersion());
        var second = await _center.Customer(customer).GetChurn();
        Assert.Equal(b, second.ModelVersion);
        Assert.True(second.Risk < 0.4, $"risk {second.Risk} under model B");
        Assert.Equal([(a, first.Risk), (b, second.Risk)], second.History.TakeLast(2).Select(p => (p.ModelVersion, p.Risk)));
        var indexed = await _center.Grains.GetGrain<IChurnIndexGrain>(ChurnIndex.ShardOf(customer)).Top(new AtRiskFilter(), ChurnIndexGrainMax);
        Assert.Equal(second.Risk, indexed.Entries.Single(e => e.CustomerId == customer).Risk);
    }

    [Fact]
    public async Task A_bad_model_file_is_refused_and_the_promoted_model_stays()
    {
        var good = Train(abandonmentMeansLeaving: true);
        var version = await new ChurnRescore(_center.Grains).Promote(good);

        var garbage = await Assert.ThrowsAsync<ContactCenterException>(() => Center.Promote([1, 2, 3], good.Info));
        Assert.Equal((ErrorKind.Invalid, "model"), (garbage.Kind, garbage.Field));
        var empty = await Assert.ThrowsAsync<ContactCenterException>(() => Center.Promote([], good.Info));
        Assert.Equal("model", empty.Field);
        var foreign = await Assert.ThrowsAsync<ContactCenterException>(() => Center.Promote(TrainOnForeignColumns().ToBytes(), good.Info));
        Assert.Contains("live customer feature", foreign.Message);

        Assert.Equal(version, await Center.GetVersion());
        var customer = await SeedCustomer(abandoned: 3);
        Assert.Equal(version, (await _center.Customer(customer).GetChurn()).ModelVersion);
    }

    [Fact]
    public async Task A_silo_picks_up_a_promotion_on_its_own_within_seconds()
    {
        var rescore = new ChurnRescore(_center.Grains);
        var before = await rescore.Promote(Train(abandonmentMeansLeaving: true));
        var customer = await SeedCustomer(abandoned: 4);
        Assert.Equal(before, (await _center.Customer(customer).GetChurn()).ModelVersion);

        // Promoted without the rescoring walk: customers learn of it from the silo's own version check.
        var model = Train(abandonmentMeansLeaving: false);
        await Center.Promote(model.ToBytes(), model.Info);
        var after = await Center.GetVersion();
        _center.Advance(TimeSpan.FromSeconds(1));
        await _center.Customer(customer).AppendContact(Contact("soon", fixture.Time.GetUtcNow()));
        Assert.Equal(before, (await _center.Customer(customer).GetChurn()).ModelVersion);

        _center.Advance(TimeSpan.FromSeconds(6));
        await _center.Customer(customer).AppendContact(Contact("later", fixture.Time.GetUtcNow()));
        Assert.Equal(after, (await _center.Customer(customer).GetChurn()).ModelVersion);
    }

    private const int ChurnIndexGrainMax = 1_000;

    private async Task<string> SeedCustomer(int abandoned)
    {
        var id = CenterBuilder.Key("cust");
        var now = fixture.Time.GetUtcNow();
        var history = Enumerable.Range(0, abandoned)
            .Select(i => Contact($"{id}-h{i}", now.AddDays(-10 * (i + 1))) with { Outcome = InteractionStatus.Abandoned, AgentId = null, WrapUpCode = null })
            .ToArray();
        await _center.Customer(id).Seed(new CustomerProfile(id, "Seeded", 5_000, now.AddYears(-2)), history, null);
        return id;
    }

    private static ContactRecord Contact(string id, DateTimeOffset at) =>
        new(id, Channel.Voice, "q", at, InteractionStatus.Completed, "agent", 20, "resolved", null);

    /// <summary>200 customers whose leaving depends on abandoned calls, one way or the other, with a little noise.</summary>
    internal static ChurnModel Train(bool abandonmentMeansLeaving)
    {
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            var abandoned = i % 5;
            var leaves = (abandoned >= 3) == abandonmentMeansLeaving;
            if (i % 11 == 0) leaves = !leaves;
            return (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                [ChurnFeatureNames.CustomerId] = $"syn-{i}",
                [ChurnFeatureNames.Abandoned90d] = abandoned.ToString(CultureInfo.InvariantCulture),
                [ChurnFeatureNames.Contacts90d] = (abandoned + i % 3).ToString(CultureInfo.InvariantCulture),
                [ChurnFeatureNames.Label] = leaves ? ChurnFeatureNames.Positive : "no",
            };
        });
        return new ChurnTrainer(TimeProvider.System).Train(ChurnTable.FromRows(rows, "synthetic"), CenterChurnTraining.QuickSpec);
    }

    private static ChurnModel TrainOnForeignColumns()
    {
        var rows = Enumerable.Range(0, 100).Select(i => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
        {
            [ChurnFeatureNames.CustomerId] = $"csv-{i}",
            ["monthly_charges"] = (i % 7 * 10).ToString(CultureInfo.InvariantCulture),
            [ChurnFeatureNames.Label] = i % 7 >= 4 ? ChurnFeatureNames.Positive : "no",
        });
        return new ChurnTrainer(TimeProvider.System).Train(ChurnTable.FromRows(rows, "foreign"), CenterChurnTraining.QuickSpec);
    }
}
