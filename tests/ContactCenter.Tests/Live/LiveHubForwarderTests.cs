namespace ContactCenter.Tests.Live;

/// <summary>The lease that picks the one dashboard forwarding live batches into a shared SignalR backplane.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveHubForwarderTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task One_dashboard_holds_the_lease_until_it_stops_renewing_then_another_takes_over()
    {
        var lease = fixture.Grains.GetGrain<ILiveHubForwarderGrain>(CenterBuilder.Key("forwarder"));

        Assert.True(await lease.Claim("dashboard-a", Lease));
        Assert.False(await lease.Claim("dashboard-b", Lease));

        fixture.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.True(await lease.Claim("dashboard-a", Lease));   // renewed: good for another 6 s
        fixture.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(await lease.Claim("dashboard-b", Lease));  // 8 s after the first claim, but only 4 after the renewal

        fixture.Time.Advance(TimeSpan.FromSeconds(2));          // a stopped renewing 6 s ago
        Assert.True(await lease.Claim("dashboard-b", Lease));
        Assert.False(await lease.Claim("dashboard-a", Lease));
    }

    [Fact]
    public async Task A_claim_without_a_dashboard_id_is_refused_naming_the_field()
    {
        var lease = fixture.Grains.GetGrain<ILiveHubForwarderGrain>(CenterBuilder.Key("forwarder"));
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => lease.Claim(" ", Lease));
        Assert.Equal("dashboardId", error.Field);
    }
}
