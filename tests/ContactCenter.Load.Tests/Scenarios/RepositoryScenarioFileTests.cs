using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class RepositoryScenarioFileTests
{
    public static TheoryData<string> FileNames => new(RepositoryScenarios.FileNames);

    [Fact]
    public void Repository_ships_the_erlang_c_scenario() =>
        Assert.Contains("erlang-c.json", RepositoryScenarios.FileNames);

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Every_shipped_scenario_parses(string fileName)
    {
        var scenario = ScenarioParser.ParseFile(RepositoryScenarios.PathOf(fileName));

        Assert.False(string.IsNullOrWhiteSpace(scenario.Name));
        Assert.NotEmpty(scenario.Queues);
        Assert.NotEmpty(scenario.Agents);
        Assert.NotEmpty(scenario.Arrivals);
        Assert.True(scenario.DurationSeconds > 0);
        Assert.All(scenario.Queues, q => Assert.Contains(scenario.Agents, a => a.Serves(q)));
    }

    [Fact]
    public void Erlang_c_scenario_is_one_queue_ten_exponential_agents_and_a_day_at_eight_per_minute()
    {
        var scenario = ScenarioParser.ParseFile(RepositoryScenarios.PathOf("erlang-c.json"));

        Assert.Equal("erlang-c", scenario.Name);
        Assert.Equal(20260105, scenario.Seed);
        var queue = Assert.Single(scenario.Queues);
        Assert.Equal(("support", "support", 80.0, 20, false), (queue.Id, queue.Skill, queue.ServiceLevelPercent, queue.ThresholdSeconds, queue.Fifo));
        var agents = Assert.Single(scenario.Agents);
        Assert.Equal(10, agents.Count);
        Assert.Equal(5, agents.Skills["support"]);
        Assert.Equal(DistributionKind.Exponential, agents.HandleTime.Distribution);
        Assert.Equal(60, agents.HandleTime.MeanSeconds);
        Assert.Equal(DistributionKind.None, scenario.Patience.Distribution);
        var phase = Assert.Single(scenario.Arrivals);
        Assert.Equal((PhaseKind.Steady, 86_400.0, 8.0), (phase.Kind, phase.DurationSeconds, phase.PerMinute));
        Assert.Equal(86_400, scenario.DurationSeconds);
        Assert.Equal(new LimitsSpec(20_000, 1800, 3600), scenario.Limits);
    }

    [Fact]
    public void Missing_file_is_reported_with_its_full_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-scenario-{Guid.NewGuid():N}.json");

        var ex = Assert.Throws<ScenarioException>(() => ScenarioParser.ParseFile(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }
}
