using System.CommandLine;
using ContactCenter.Load.Cli;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Failover;

namespace ContactCenter.Load.Tests.Failover;

/// <summary>`failover` options: loopback Redis only, settings that keep the queue stable, and a pid file that must name a live silo.</summary>
public sealed class FailoverOptionTests
{
    private static (ParseResult Parse, FailoverSettings? Settings) Parse(params string[] args)
    {
        FailoverSettings? captured = null;
        var parse = FailoverCommand.Create((settings, _) =>
        {
            captured = settings;
            return Task.FromResult(0);
        }).Parse(args);
        if (parse.Errors.Count == 0) parse.Invoke();
        return (parse, captured);
    }

    [Fact]
    public void Only_redis_is_required_and_the_rest_defaults_to_a_stable_run()
    {
        var (parse, settings) = Parse("--redis", "127.0.0.1:6380");

        Assert.Empty(parse.Errors);
        Assert.NotNull(settings);
        Assert.Equal(("contact-center", 60, 180), (settings.ClusterId, settings.KillAfterSeconds, settings.DurationSeconds));
        Assert.Null(settings.KillPidFile);
        Assert.Empty(settings.Validate());
    }

    [Fact]
    public void Every_option_reaches_the_settings()
    {
        var (_, settings) = Parse("--redis", "127.0.0.1:6390", "--cluster-id", "local", "--kill-pid-file", "run/silo-2.pid", "--kill-after", "30",
            "--duration", "90", "--rate", "1.5", "--agents", "60", "--handle-seconds", "20", "--drain", "45", "--create-attempts", "3", "--seed", "9", "--out", "x.json");

        Assert.NotNull(settings);
        Assert.Equal(("127.0.0.1:6390", "local", "silo-2.pid", 30.0, 90.0, 1.5), (settings.Redis, settings.ClusterId, settings.KillPidFile!.Name, settings.KillAfterSeconds, settings.DurationSeconds, settings.RatePerSecond));
        Assert.Equal((60, 20.0, 45.0, 3, 9, "x.json"), (settings.Agents, settings.HandleSeconds, settings.DrainSeconds, settings.CreateAttempts, settings.Seed, settings.Output.Name));
    }

    [Fact]
    public void Without_redis_the_command_is_refused() =>
        Assert.Contains(Parse().Parse.Errors, e => e.Message.Contains("--redis", StringComparison.Ordinal));

    [Theory]
    [InlineData("10.0.0.5:6379", "is not a loopback address")]
    [InlineData("localhost:6380", "is not a loopback address")]
    [InlineData("redis.example.com:6379", "is not a loopback address")]
    [InlineData("127.0.0.1:6380,10.0.0.5:6379", "10.0.0.5:6379 is not a loopback address")]
    [InlineData(",", "--redis")]
    public void Redis_beyond_loopback_is_refused_naming_the_option(string redis, string reason)
    {
        var (parse, settings) = Parse("--redis", redis);

        Assert.Null(settings);
        var error = Assert.Single(parse.Errors);
        Assert.StartsWith("--redis", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:6380")]
    [InlineData("[::1]:6380")]
    [InlineData("127.0.0.1")]
    public void Loopback_redis_is_accepted(string redis) =>
        Assert.True(LoadCluster.RedisSettings(redis, "contact-center", "contact-center").IsCluster);

    [Fact]
    public void A_bad_cluster_id_is_named_as_the_option_not_as_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => LoadCluster.RedisSettings("127.0.0.1:6380", "two words", "contact-center"));

        Assert.StartsWith("--cluster-id:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(180, 180, "--kill-after")]
    [InlineData(0, 180, "--kill-after")]
    [InlineData(60, 5, "--duration")]
    public void A_kill_outside_the_arrivals_is_refused(double killAfter, double duration, string option) =>
        Assert.Contains(FailoverSettings.Defaults with { KillAfterSeconds = killAfter, DurationSeconds = duration } is var s ? s.Validate() : [],
            e => e.StartsWith(option, StringComparison.Ordinal));

    [Fact]
    public void Too_few_agents_for_the_rate_are_refused_with_the_number_needed()
    {
        var errors = (FailoverSettings.Defaults with { RatePerSecond = 5, Agents = 40, HandleSeconds = 25 }).Validate();

        var error = Assert.Single(errors);
        Assert.StartsWith("--agents 40", error, StringComparison.Ordinal);
        Assert.Contains("at least 148 agents", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "--create-attempts")]
    [InlineData(21, "--create-attempts")]
    public void Creation_attempts_are_bounded(int attempts, string option) =>
        Assert.StartsWith(option, Assert.Single((FailoverSettings.Defaults with { CreateAttempts = attempts }).Validate()), StringComparison.Ordinal);

    [Fact]
    public void The_scenario_is_one_fifo_queue_without_abandonment_and_enough_arrivals_for_the_duration()
    {
        var scenario = FailoverSettings.Defaults.ToScenario();
        var plan = ScenarioPlanner.Plan(scenario, "t");

        Assert.True(Assert.Single(scenario.Queues).Fifo);
        Assert.Equal(80, Assert.Single(scenario.Agents).Count);
        Assert.True(plan.Calls.All(c => double.IsPositiveInfinity(c.PatienceSeconds)));
        Assert.InRange(plan.Calls.Count, 300, 420);   // 2/s for 180 s
        Assert.True(plan.Calls.All(c => c.HandleSeconds(plan.Groups[0]) is > 12 and < 45));
    }
}

/// <summary>Issue 14: rates past what the local cluster takes, and creates through the dashboards' API.</summary>
public sealed class FailoverScaleOptionTests
{
    private static FailoverSettings? Parse(params string[] args)
    {
        FailoverSettings? captured = null;
        var parse = FailoverCommand.Create((settings, _) =>
        {
            captured = settings;
            return Task.FromResult(0);
        }).Parse(args);
        if (parse.Errors.Count == 0) parse.Invoke();
        return captured;
    }

    [Fact]
    public void Five_hundred_arrivals_a_second_with_2000_agents_is_a_valid_run()
    {
        var settings = Parse("--redis", "127.0.0.1:6380", "--rate", "500", "--agents", "2000", "--handle-seconds", "2");

        Assert.Empty(settings!.Validate());
        Assert.Empty(settings.Dashboards);
    }

    [Fact]
    public void Rates_above_2000_a_second_are_refused_naming_the_limit() =>
        Assert.Contains(Parse("--redis", "127.0.0.1:6380", "--rate", "2500", "--agents", "20000", "--handle-seconds", "1")!.Validate(),
            e => e.StartsWith("--rate must be above 0 and at most 2000", StringComparison.Ordinal));

    [Fact]
    public void Dashboards_are_read_comma_separated_or_repeated_with_the_sign_in()
    {
        var settings = Parse("--redis", "127.0.0.1:6380", "--dashboards", "http://127.0.0.1:5080,http://127.0.0.1:5090",
            "--dashboards", "http://[::1]:5100", "--user", "admin", "--password", "pw");

        Assert.Equal(["http://127.0.0.1:5080/", "http://127.0.0.1:5090/", "http://[::1]:5100/"], settings!.Dashboards.Select(d => d.ToString()));
        Assert.Equal(("admin", "pw"), (settings.User, settings.Password));
        Assert.Empty(settings.Validate());
    }

    [Theory]
    [InlineData("http://10.0.0.5:5080")]
    [InlineData("not a url")]
    public void A_dashboard_beyond_loopback_is_refused(string url) =>
        Assert.Contains(Parse("--redis", "127.0.0.1:6380", "--dashboards", url)!.Validate(), e => e.StartsWith("--dashboards:", StringComparison.Ordinal));
}
