using ContactCenter.Load.Failover;

namespace ContactCenter.Load.Tests.Failover;

public sealed class RedisCommandStatsTests
{
    private const string Before = "# Commandstats\r\ncmdstat_hset:calls=10,usec=50,usec_per_call=5.00,rejected_calls=0,failed_calls=0\r\ncmdstat_get:calls=4,usec=8\r\n";
    private const string After = "# Commandstats\r\ncmdstat_hset:calls=70,usec=350\r\ncmdstat_get:calls=4,usec=8\r\ncmdstat_evalsha:calls=30,usec=900\r\ncmdstat_client|setname:calls=2,usec=1\r\n";

    [Fact]
    public void Commandstats_lines_give_each_commands_calls()
    {
        var calls = RedisCommandStats.Parse(After);

        Assert.Equal(new Dictionary<string, long> { ["hset"] = 70, ["get"] = 4, ["evalsha"] = 30, ["client|setname"] = 2 }, calls);
    }

    [Fact]
    public void The_cost_is_what_the_run_added_per_completed_call_busiest_first()
    {
        var cost = RedisCommandStats.Cost(RedisCommandStats.Parse(Before), RedisCommandStats.Parse(After), completed: 20);

        Assert.Equal((92L, 20, 4.6), (cost.Calls, cost.Completed, cost.CallsPerCompleted));
        Assert.Equal(["hset", "evalsha", "client|setname"], cost.Top.Select(c => c.Command));
        Assert.Equal(60, cost.Top[0].Calls);
    }

    [Fact]
    public void Nothing_completed_costs_zero_per_call_rather_than_dividing_by_zero() =>
        Assert.Equal(0, RedisCommandStats.Cost(new Dictionary<string, long>(), RedisCommandStats.Parse(After), 0).CallsPerCompleted);
}
