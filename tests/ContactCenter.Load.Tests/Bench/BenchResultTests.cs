using System.Text.Json;
using ContactCenter.Load.Bench;
using ContactCenter.Load.Results;

namespace ContactCenter.Load.Tests.Bench;

/// <summary>The JSON keys other tools and the README read, and the target check.</summary>
public sealed class BenchResultTests
{
    private static BenchResult Result(double routed, double p99, double ceiling)
    {
        var latency = new LatencySummary(1, 2, p99, 1, 100);
        var target = BenchTarget.Check(routed, p99, ceiling);
        return new BenchResult(routed, routed, routed, routed / 2, latency, ceiling, 20_000, 300_000, 200, 95, 12_000, 40, "filter",
            target.Met, target, "find-max", "fell behind", [], [], 50, true, 0, 5, 5, 0, 0, 0, 3, 3, 0, 0,
            new Dictionary<string, int> { ["create: TimeoutException"] = 2 }, 1, DateTimeOffset.UnixEpoch, MachineInfo.Current());
    }

    [Fact]
    public void The_json_keeps_the_historical_keys_and_adds_the_new_figures()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Result(900, 3, 400_000), BenchReport.Json));
        var root = json.RootElement;

        Assert.Equal(900, root.GetProperty("routedPerSecond").GetDouble());
        Assert.Equal(400_000, root.GetProperty("grainCallCeilingPerSecond").GetDouble());
        Assert.Equal(1, root.GetProperty("offerLatencyMs").GetProperty("p50").GetDouble());
        Assert.Equal(3, root.GetProperty("offerLatencyMs").GetProperty("p99").GetDouble());
        Assert.Equal(2, root.GetProperty("offerLatencyMs").GetProperty("p95").GetDouble());
        foreach (var key in new[] { "completedPerSecond", "singleActivationCeilingPerSecond", "statelessWorkerCeilingPerSecond", "cpuPercent",
                     "bytesAllocatedPerRouted", "grainCallsPerRouted", "meetsTarget", "maxRate", "steps", "latencyRuns", "failures" })
            Assert.True(root.TryGetProperty(key, out _), $"missing {key}");
        Assert.Equal(2, root.GetProperty("failures").GetProperty("create: TimeoutException").GetInt32());
    }

    [Theory]
    [InlineData(20_000, 5, 1_000_000, true)]
    [InlineData(19_999, 5, 1_000_000, false)]
    [InlineData(20_000, 5.1, 1_000_000, false)]
    [InlineData(10_000, 5, 200_000, true)]
    [InlineData(9_999, 5, 200_000, false)]
    public void The_target_is_the_lower_of_20000_and_a_twentieth_of_the_ceiling_with_p99_at_most_5_ms(double routed, double p99, double ceiling, bool met)
    {
        Assert.Equal(met, BenchTarget.Check(routed, p99, ceiling).Met);
        Assert.Equal(met, Result(routed, p99, ceiling).MeetsTarget);
    }
}
