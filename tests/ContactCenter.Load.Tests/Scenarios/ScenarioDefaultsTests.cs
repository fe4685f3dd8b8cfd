using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class ScenarioDefaultsTests
{
    [Fact]
    public void Omitted_service_level_is_80_percent_in_20_seconds()
    {
        var queue = ScenarioJson.Parse().Queues[0];

        Assert.Equal((80.0, 20), (queue.ServiceLevelPercent, queue.ThresholdSeconds));
    }

    [Fact]
    public void Service_level_fields_left_out_default_one_by_one()
    {
        var percentOnly = ScenarioJson.Parse(("queues[0].serviceLevel", """{ "percent": 90 }""")).Queues[0];
        var thresholdOnly = ScenarioJson.Parse(("queues[0].serviceLevel", """{ "thresholdSeconds": 30 }""")).Queues[0];

        Assert.Equal((90.0, 20), (percentOnly.ServiceLevelPercent, percentOnly.ThresholdSeconds));
        Assert.Equal((80.0, 30), (thresholdOnly.ServiceLevelPercent, thresholdOnly.ThresholdSeconds));
    }

    [Fact]
    public void Queues_are_value_ordered_unless_told_fifo() =>
        Assert.False(ScenarioJson.Parse().Queues[0].Fifo);

    [Fact]
    public void Queue_defaults_are_share_1_and_proficiency_1()
    {
        var queue = ScenarioJson.Parse().Queues[0];

        Assert.Equal((1.0, 1), (queue.Share, queue.MinProficiency));
    }

    [Fact]
    public void Spike_is_a_burst_ten_times_the_rate_by_default()
    {
        var phase = ScenarioJson.Parse(("arrivals[0].kind", "\"spike\"")).Arrivals[0];

        Assert.Equal((PhaseKind.Burst, 10.0), (phase.Kind, phase.Multiplier));
    }

    [Fact]
    public void Steady_phase_multiplier_defaults_to_1() =>
        Assert.Equal(1, ScenarioJson.Parse().Arrivals[0].Multiplier);

    [Fact]
    public void Daily_phase_lasts_a_day_by_default()
    {
        var hourly = $"[{string.Join(", ", Enumerable.Repeat("1", 24))}]";

        var phase = ScenarioJson.Parse(("arrivals[0]", $$"""{ "kind": "daily", "perMinute": 5, "hourly": {{hourly}} }""")).Arrivals[0];

        Assert.Equal((PhaseKind.Daily, 86_400.0), (phase.Kind, phase.DurationSeconds));
        Assert.Equal(24, phase.Hourly!.Count);
    }

    [Fact]
    public void Customers_default_to_one_standard_tier()
    {
        var tier = Assert.Single(ScenarioJson.Parse().Customers);

        Assert.Equal("standard", tier.Tier);
        Assert.Equal(1, tier.Share);
    }

    [Fact]
    public void Omitted_patience_means_callers_never_hang_up() =>
        Assert.Equal(DurationSpec.Never, ScenarioJson.Parse().Patience);

    [Fact]
    public void Omitted_seed_is_1_and_description_empty()
    {
        var scenario = ScenarioJson.Parse(("seed", null));

        Assert.Equal((1, ""), (scenario.Seed, scenario.Description));
    }

    [Fact]
    public void Scenario_duration_is_the_sum_of_its_phases() =>
        Assert.Equal(3600 + 600, ScenarioJson.Parse(("arrivals", """
            [ { "kind": "steady", "durationSeconds": 3600, "perMinute": 2 }, { "kind": "burst", "durationSeconds": 600, "perMinute": 2 } ]
            """)).DurationSeconds);
}
