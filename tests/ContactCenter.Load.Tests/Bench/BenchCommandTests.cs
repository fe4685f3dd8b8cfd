using ContactCenter.Load.Bench;
using ContactCenter.Load.Cli;

namespace ContactCenter.Load.Tests.Bench;

/// <summary>`bench` options: routing-only defaults, sizes as options, agents sized from the rate unless given.</summary>
public sealed class BenchCommandTests
{
    private static (IReadOnlyList<string> Errors, BenchOptions? Options) Parse(params string[] args) =>
        CommandCapture.Parse<BenchOptions>(run => BenchCommand.Create(run), args);

    [Fact]
    public void By_default_handle_time_is_zero_three_runs_and_every_agent_serves_every_queue()
    {
        var options = Parse().Options!;

        Assert.Equal(0, options.HandleMs);
        Assert.Equal(3, options.Runs);
        Assert.Equal(5, options.EffectiveQueuesPerAgent);
        Assert.False(options.FindMax);
        Assert.Equal(BenchOptions.MinAgents, options.EffectiveAgents);
    }

    [Fact]
    public void Default_agents_cover_a_quarter_more_than_in_flight_at_the_highest_rate_the_search_can_try()
    {
        var options = Parse("--find-max", "--handle-ms", "50").Options!;

        var inFlight = options.Limits.TopRate * (50 + BenchOptions.AssumedRoundTripMs) / 1000;
        Assert.False(options.AgentsGiven);
        Assert.InRange(options.EffectiveAgents, 1.25 * inFlight, 1.25 * inFlight + 1);
    }

    [Fact]
    public void Given_agents_win_over_the_default()
    {
        var options = Parse("--find-max", "--agents", "20000", "--queues-per-agent", "2", "--waiting", "10000").Options!;

        Assert.Equal(20_000, options.EffectiveAgents);
        Assert.Equal(2, options.EffectiveQueuesPerAgent);
        Assert.Equal(10_000, options.Waiting);
    }

    [Theory]
    [InlineData("--rate", "0")]
    [InlineData("--agents", "-1")]
    [InlineData("--runs", "0")]
    [InlineData("--queues-per-agent", "101")]
    [InlineData("--seconds", "0")]
    public void Bad_values_are_refused_naming_the_option(string option, string value)
    {
        var (errors, options) = Parse(option, value);

        Assert.Null(options);
        Assert.Contains(errors, e => e.Contains(option, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 5, 2, new[] { 0, 1 })]
    [InlineData(4, 5, 2, new[] { 4, 0 })]
    [InlineData(7, 5, 5, new[] { 2, 3, 4, 0, 1 })]
    [InlineData(3, 2, 9, new[] { 1, 0 })]
    public void Agents_serve_their_queues_round_robin(int agent, int queues, int perAgent, int[] served) =>
        Assert.Equal(served, BenchCenter.QueuesOf(agent, queues, perAgent));
}
