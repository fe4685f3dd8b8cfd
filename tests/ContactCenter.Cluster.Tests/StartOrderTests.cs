using System.Net;
using ContactCenter.Cluster.Tests.Infrastructure;

namespace ContactCenter.Cluster.Tests;

/// <summary>Silos and dashboards may start in any order: a dashboard started first serves and says why it is not ready.</summary>
[Collection(RealClusterCollection.Name)]
public sealed class StartOrderTests
{
    [Fact]
    public async Task A_dashboard_started_before_any_silo_is_alive_reports_not_ready_and_becomes_ready_when_a_silo_joins()
    {
        await using var cluster = await RedisCluster.StartRedisOnlyAsync();
        var dashboard = await cluster.StartDashboardAsync(waitForSilo: false);
        using var http = new HttpClient { BaseAddress = dashboard.Address };

        var early = await http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        Assert.Contains("No silo answers", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/login")).StatusCode);

        cluster.StartSilo();
        await Poll.Until(async () => (await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(90), "the dashboard to become ready once a silo joins", cluster.Describe);
        Assert.True(dashboard.Running);
    }
}
