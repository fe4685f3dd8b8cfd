using ContactCenter.Load.ChurnCompare;
using ContactCenter.Load.Tests.Engine;

namespace ContactCenter.Load.Tests.ChurnCompare;

/// <summary>The whole comparison on a small demo population, on the virtual clock against two fresh in-process clusters.</summary>
[Collection(nameof(VirtualClockRuns))]
public sealed class ChurnCompareEndToEndTests
{
    [Fact]
    public async Task Both_policies_route_the_same_calls_to_the_end_and_the_report_is_written()
    {
        var output = new FileInfo(Path.Combine(Path.GetTempPath(), $"churn-compare-{Guid.NewGuid():N}", "result.json"));
        var options = new ChurnCompareOptions([ChurnPolicies.Blind, ChurnPolicies.Aware], Customers: 400, Hours: 0.5, PerMinute: 4, Agents: 24,
            HandleSeconds: 240, PatienceSeconds: 120, Seed: 5, ChurnRiskModel.DefaultLearner, "max", MaxWallSeconds: 120, output);

        var result = await ChurnCompareRunner.CompareAsync(options, _ => { }, CancellationToken.None);

        Assert.Equal([ChurnPolicies.Blind, ChurnPolicies.Aware], result.Runs.Select(r => r.Policy));
        Assert.All(result.Runs, r =>
        {
            Assert.True(r.Run.Diagnostics.Completed);
            Assert.Equal((0, 0), (r.Run.Diagnostics.Faults, r.Run.Diagnostics.SettleTimeouts));
            // The grains scored every caller with the promoted model exactly as the groups were drawn.
            Assert.Equal(0, r.MaxRiskDifference);
            var (atRisk, others, all) = (r.Service[0], r.Service[1], r.Service[2]);
            Assert.Equal((result.Settings.Arrivals, 0), (all.Calls, all.Unfinished));
            Assert.Equal(all.Calls, atRisk.Calls + others.Calls);
            Assert.Equal(all.Calls, all.Answered + all.Abandoned);
            Assert.Equal(r.Churn[2].ExpectedChurners, r.Churn[0].ExpectedChurners + r.Churn[1].ExpectedChurners, 2);
            Assert.InRange(r.Churn[2].ExpectedChurners, 0, r.Churn[2].Callers);
        });
        Assert.Equal(result.Runs[0].Service.Select(s => s.Calls), result.Runs[1].Service.Select(s => s.Calls));
        Assert.Equal(3, result.Differences.Count);
        Assert.InRange(result.Population.Active, 1, 400);

        var files = await ChurnCompareReport.WriteAsync(result, output, CancellationToken.None);

        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 0, f));
        Assert.Contains("## Churn-aware against churn-blind", await File.ReadAllTextAsync(files[1]));
        output.Directory!.Delete(recursive: true);
    }
}
