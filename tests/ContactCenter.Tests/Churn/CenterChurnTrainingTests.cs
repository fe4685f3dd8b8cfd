using ContactCenter.Churn;
using ContactCenter.Churn.Center;
using ContactCenter.Demo;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ContactCenter.Tests.Churn;

[Collection(ChurnClusterCollection.Name)]
public sealed class CenterChurnTrainingTests(ChurnClusterFixture fixture, ITestOutputHelper output)
{
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task The_seeded_demo_trains_a_model_that_finds_the_hidden_process_and_promotion_rescores_everyone()
    {
        // The demo's fixed customer ids: only this test seeds them in this cluster.
        var options = new SimulationOptions { Customers = 3_000, Seed = 7 };
        var seeded = await new DemoCenterSeeder(_center.Grains, fixture.Time, NullLogger<DemoCenterSeeder>.Instance).SeedCustomersAsync(options, default);
        output.WriteLine($"Seeded {seeded.Customers} customers in {seeded.CustomerSeeding.TotalSeconds:0.00}s; {seeded.Churned.Count} had left");

        var stages = new List<ChurnTrainingProgress>();
        var model = await new CenterChurnTraining(_center.Grains, fixture.Time).Train(CenterChurnTraining.QuickSpec, new Relay(stages.Add));
        output.WriteLine($"{model.Info.Learner}: held-out ROC AUC {model.Info.HeldOut.RocAuc:0.000} on {model.Info.HeldOutRows} rows");
        Assert.True(model.Info.HeldOut.RocAuc > 0.75, $"AUC {model.Info.HeldOut.RocAuc}");
        Assert.True(model.Info.TrainingRows + model.Info.HeldOutRows >= seeded.Customers);
        Assert.Contains(stages, s => s.Stage.StartsWith("Collecting customers", StringComparison.Ordinal));
        Assert.Equal(1.0, stages[^1].Fraction, 6);
        Assert.DoesNotContain(model.Info.Columns, c => c.Name is ChurnFeatureNames.CustomerId or ChurnFeatureNames.Label);

        var walked = new List<CenterWalkProgress>();
        var version = await new ChurnRescore(_center.Grains).Promote(model, new Relay<CenterWalkProgress>(walked.Add));
        Assert.Equal(walked[^1].Total, walked[^1].Done);
        var left = seeded.Churned.First();
        var stayed = DemoCenter.CustomerId(Enumerable.Range(1, seeded.Customers).First(n => !seeded.Churned.Contains(DemoCenter.CustomerId(n))));
        foreach (var id in new[] { left, stayed })
        {
            var churn = await _center.Customer(id).GetChurn();
            Assert.Equal(version, churn.ModelVersion);
            Assert.Equal(churn.Risk, (await _center.Customer(id).GetRoutingInfo()).ChurnRisk);
        }
        var row = await _center.Customer(left).GetTrainingRow();
        Assert.True(row.Churned);
    }

    private sealed class Relay(Action<ChurnTrainingProgress> report) : Relay<ChurnTrainingProgress>(report);

    private class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
