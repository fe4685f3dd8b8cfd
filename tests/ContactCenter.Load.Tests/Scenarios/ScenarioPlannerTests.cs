using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class ScenarioPlannerTests
{
    private static Scenario Steady(double perMinute, double seconds, int maxArrivals = LimitsSpec.ArrivalCap) =>
        ScenarioJson.Parse(
            ("arrivals", FormattableString.Invariant($$"""[ { "kind": "steady", "durationSeconds": {{seconds}}, "perMinute": {{perMinute}} } ]""")),
            ("limits.maxArrivals", FormattableString.Invariant($"{maxArrivals}")));

    [Fact]
    public void Same_seed_gives_the_same_arrival_times()
    {
        var scenario = Steady(8, 3600);

        var first = ScenarioPlanner.Plan(scenario, "p").Calls.Select(c => c.AtSeconds).ToArray();
        var second = ScenarioPlanner.Plan(scenario, "p").Calls.Select(c => c.AtSeconds).ToArray();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seed_gives_different_arrival_times()
    {
        var one = ScenarioPlanner.Plan(Steady(8, 3600), "p").Calls.Select(c => c.AtSeconds);
        var other = ScenarioPlanner.Plan(Steady(8, 3600) with { Seed = 8 }, "p").Calls.Select(c => c.AtSeconds);

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Steady_8_per_minute_for_a_day_gives_about_11520_arrivals()
    {
        var calls = ScenarioPlanner.Plan(Steady(8, 86_400), "p").Calls;

        Assert.InRange(calls.Count, 11_520 * 0.96, 11_520 * 1.04);
        Assert.All(calls, c => Assert.InRange(c.AtSeconds, 0, 86_400));
        Assert.True(calls.Zip(calls.Skip(1)).All(p => p.First.AtSeconds <= p.Second.AtSeconds), "arrivals are in time order");
        Assert.Equal(Enumerable.Range(0, calls.Count), calls.Select(c => c.Index));
    }

    [Fact]
    public void Shipped_erlang_c_scenario_plans_about_11520_arrivals()
    {
        var plan = ScenarioPlanner.Plan(ScenarioParser.ParseFile(RepositoryScenarios.PathOf("erlang-c.json")), "p");

        Assert.InRange(plan.Calls.Count, 11_520 * 0.96, 11_520 * 1.04);
        Assert.Equal(10, plan.AgentCount);
        Assert.All(plan.Calls, c => Assert.Equal(double.PositiveInfinity, c.PatienceSeconds));
    }

    [Fact]
    public void Burst_of_ten_has_about_ten_times_the_rate_of_the_steady_phase_before_it()
    {
        var scenario = ScenarioJson.Parse(
            ("arrivals", """
                [ { "kind": "steady", "durationSeconds": 3600, "perMinute": 60 },
                  { "kind": "burst", "durationSeconds": 600, "perMinute": 60, "multiplier": 10 } ]
                """),
            ("limits.maxArrivals", "1000000"));

        var calls = ScenarioPlanner.Plan(scenario, "p").Calls;
        var steadyRate = calls.Count(c => c.AtSeconds < 3600) / 3600.0;
        var burstRate = calls.Count(c => c.AtSeconds >= 3600) / 600.0;

        Assert.InRange(steadyRate, 0.9, 1.1);
        Assert.InRange(burstRate / steadyRate, 10 * 0.85, 10 * 1.15);
        Assert.All(calls, c => Assert.True(c.AtSeconds < 4200));
    }

    [Fact]
    public void Ramp_arrivals_grow_with_the_rate()
    {
        var scenario = ScenarioJson.Parse(
            ("arrivals", """[ { "kind": "ramp", "durationSeconds": 7200, "perMinute": 0, "toPerMinute": 120 } ]"""),
            ("limits.maxArrivals", "1000000"));

        var calls = ScenarioPlanner.Plan(scenario, "p").Calls;
        var firstHalf = calls.Count(c => c.AtSeconds < 3600);
        var secondHalf = calls.Count(c => c.AtSeconds >= 3600);

        // Rate 0 → 2/s: expected 1800 arrivals in the first hour and 5400 in the second.
        Assert.InRange(firstHalf, 1800 * 0.9, 1800 * 1.1);
        Assert.InRange(secondHalf, 5400 * 0.95, 5400 * 1.05);
    }

    [Fact]
    public void Queue_shares_split_the_arrivals()
    {
        var scenario = ScenarioJson.Parse(
            ("queues", """[ { "id": "sales", "share": 3 }, { "id": "support", "skill": "sales", "share": 1 } ]"""),
            ("arrivals", """[ { "kind": "steady", "durationSeconds": 36000, "perMinute": 60 } ]"""),
            ("limits.maxArrivals", "1000000"));

        var calls = ScenarioPlanner.Plan(scenario, "p").Calls;
        var sales = calls.Count(c => c.QueueId == "p-sales") / (double)calls.Count;
        var support = calls.Count(c => c.QueueId == "p-support") / (double)calls.Count;

        Assert.InRange(sales, 0.74, 0.76);
        Assert.InRange(support, 0.24, 0.26);
    }

    [Fact]
    public void Customer_tiers_split_the_arrivals_by_share()
    {
        var scenario = ScenarioJson.Parse(
            ("customers", """[ { "tier": "gold", "share": 1, "lifetimeValue": 5000 }, { "tier": "basic", "share": 4, "lifetimeValue": 100 } ]"""),
            ("arrivals", """[ { "kind": "steady", "durationSeconds": 36000, "perMinute": 60 } ]"""),
            ("limits.maxArrivals", "1000000"));

        var calls = ScenarioPlanner.Plan(scenario, "p").Calls;

        Assert.InRange(calls.Count(c => c.Tier == "gold") / (double)calls.Count, 0.19, 0.21);
        Assert.All(calls, c => Assert.StartsWith($"p-{c.Tier}-", c.CustomerId, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_id_carries_the_run_prefix()
    {
        var plan = ScenarioPlanner.Plan(Steady(8, 3600), "run42");

        Assert.NotEmpty(plan.Calls);
        Assert.All(plan.Calls, c =>
        {
            Assert.StartsWith("run42-", c.QueueId, StringComparison.Ordinal);
            Assert.StartsWith("run42-", c.CustomerId, StringComparison.Ordinal);
        });
        Assert.All(plan.Queues, q => Assert.Equal("run42-sales", q.Id));
        Assert.All(plan.Customers, c => Assert.StartsWith("run42-standard-", c.CustomerId, StringComparison.Ordinal));
        Assert.All(plan.Groups.SelectMany(g => g.AgentIds), id => Assert.StartsWith("run42-team-", id, StringComparison.Ordinal));
        Assert.All(plan.Groups, g => Assert.Equal(["run42-sales"], g.QueueIds));
        Assert.Equal(3, plan.AgentCount);
    }

    [Fact]
    public void Max_arrivals_caps_the_count()
    {
        var calls = ScenarioPlanner.Plan(Steady(8, 86_400, maxArrivals: 500), "p").Calls;

        Assert.Equal(500, calls.Count);
    }

    [Fact]
    public void Max_arrivals_cap_holds_across_phases()
    {
        var scenario = ScenarioJson.Parse(
            ("arrivals", """
                [ { "kind": "steady", "durationSeconds": 600, "perMinute": 60 },
                  { "kind": "steady", "durationSeconds": 600, "perMinute": 60 } ]
                """),
            ("limits.maxArrivals", "700"));

        var calls = ScenarioPlanner.Plan(scenario, "p").Calls;

        Assert.Equal(700, calls.Count);
        Assert.InRange(calls[^1].AtSeconds, 600, 1200);
    }

    [Fact]
    public void Zero_rate_phase_adds_time_but_no_arrivals()
    {
        var scenario = ScenarioJson.Parse(("arrivals", """
            [ { "kind": "steady", "durationSeconds": 600, "perMinute": 0 },
              { "kind": "steady", "durationSeconds": 600, "perMinute": 60 } ]
            """));

        var plan = ScenarioPlanner.Plan(scenario, "p");

        Assert.All(plan.Calls, c => Assert.InRange(c.AtSeconds, 600, 1200));
        Assert.Equal(1200, plan.ArrivalWindowSeconds);
    }

    [Fact]
    public void Fifo_queue_is_configured_with_aging_only_weights()
    {
        var plan = ScenarioPlanner.Plan(ScenarioJson.Parse(("queues[0].policy", "\"fifo\"")), "p");

        Assert.Equal(ScenarioPlanner.FifoWeights, Assert.Single(plan.Queues).Config.Weights);
    }
}
