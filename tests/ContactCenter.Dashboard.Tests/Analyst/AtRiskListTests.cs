using Bunit;
using ContactCenter.Dashboard.Components.Pages;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Tests.Analyst;

/// <summary>The at-risk list through the typed service and the page, against the dashboard's real embedded cluster.</summary>
public sealed class AtRiskListTests(DashboardFactory factory) : IClassFixture<DashboardFactory>, IAsyncLifetime
{
    private readonly IGrainFactory _grains = factory.Services.GetRequiredService<IGrainFactory>();
    private readonly ChurnQueries _churn = factory.Services.GetRequiredService<ChurnQueries>();
    private readonly BunitContext _bunit = AnalystPages.Context(factory);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public async Task The_list_merges_every_shard_and_sorts_by_risk_times_value()
    {
        var queue = AnalystCustomers.Fresh("q");
        var seeded = await Task.WhenAll(Enumerable.Range(1, 60).Select(i =>
            AnalystCustomers.Seed(_grains, $"{queue}-c{i:00}", value: 100 * i, risk: (i * 37 % 100) / 100.0, queue)));
        Assert.True(seeded.Select(c => ChurnIndex.ShardOf(c.CustomerId)).Distinct().Count() >= 10, "the customers should spread over the shards");

        var page = await _churn.AtRisk(new AtRiskFilter(QueueId: queue), take: 25);

        var expected = seeded.OrderByDescending(c => c.RiskTimesValue).ThenBy(c => c.CustomerId, StringComparer.Ordinal).Take(25);
        Assert.Equal(expected.Select(c => c.CustomerId), page.Entries.Select(e => e.CustomerId));
        Assert.Equal(60, page.Matched);
        Assert.True(page.Indexed >= 60);
    }

    [Fact]
    public async Task Tier_queue_and_band_filters_narrow_the_list_and_customers_who_left_are_hidden_unless_asked()
    {
        var queue = AnalystCustomers.Fresh("q");
        var other = AnalystCustomers.Fresh("q");
        var goldHigh = await AnalystCustomers.Seed(_grains, $"{queue}-gold-high", 6_000, 0.8, queue);
        var goldLow = await AnalystCustomers.Seed(_grains, $"{queue}-gold-low", 7_000, 0.1, queue);
        var standardHigh = await AnalystCustomers.Seed(_grains, $"{queue}-std-high", 900, 0.9, queue);
        var platinumMedium = await AnalystCustomers.Seed(_grains, $"{queue}-plat-med", 30_000, 0.4, queue);
        var left = await AnalystCustomers.Seed(_grains, $"{queue}-left", 8_000, 0.95, queue, churned: true);
        await AnalystCustomers.Seed(_grains, $"{other}-elsewhere", 9_000, 0.9, other);

        Assert.Equal([platinumMedium.CustomerId, goldHigh.CustomerId, standardHigh.CustomerId, goldLow.CustomerId], await Ids(new(QueueId: queue)));
        Assert.Equal([goldHigh.CustomerId, goldLow.CustomerId], await Ids(new(ValueTier.Gold, queue)));
        Assert.Equal([goldHigh.CustomerId, standardHigh.CustomerId], await Ids(new(QueueId: queue, Band: RiskBand.High)));
        Assert.Equal([goldHigh.CustomerId], await Ids(new(ValueTier.Gold, queue, RiskBand.High)));
        Assert.Equal([platinumMedium.CustomerId], await Ids(new(QueueId: queue, Band: RiskBand.Medium)));
        Assert.Equal([platinumMedium.CustomerId, left.CustomerId, goldHigh.CustomerId, standardHigh.CustomerId, goldLow.CustomerId],
            await Ids(new(QueueId: queue, IncludeChurned: true)));
    }

    [Fact]
    public async Task The_page_shows_how_many_match_and_links_each_row_to_its_customer()
    {
        var queue = AnalystCustomers.Fresh("q");
        var low = await AnalystCustomers.Seed(_grains, $"{queue}-a", 1_000, 0.2, queue);
        var high = await AnalystCustomers.Seed(_grains, $"{queue}-b", 10_000, 0.7, queue);
        var medium = await AnalystCustomers.Seed(_grains, $"{queue}-c", 3_000, 0.5, queue);

        var page = RenderAt($"/analyst/at-risk?queue={queue}");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tr[data-customer]").Count), AnalystPages.Soon);
        Assert.Matches(@"^3 of [\d,]+ customers match$", page.Find("[data-testid=match-count]").TextContent.Trim());
        var rows = page.FindAll("tr[data-customer]");
        Assert.Equal([high.CustomerId, medium.CustomerId, low.CustomerId], rows.Select(r => r.GetAttribute("data-customer")));
        Assert.Equal($"/analyst/customers/{high.CustomerId}", rows[0].QuerySelector("[data-testid=customer-link]")!.GetAttribute("href"));
        Assert.Equal("70.0%", rows[0].QuerySelector("[data-testid=risk]")!.TextContent.Trim());
        Assert.Equal("High", rows[0].QuerySelector("[data-testid=risk]")!.GetAttribute("data-band"));
        Assert.Equal("7,000", rows[0].QuerySelector("[data-testid=risk-value]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_page_applies_the_band_filter_from_its_address()
    {
        var queue = AnalystCustomers.Fresh("q");
        await AnalystCustomers.Seed(_grains, $"{queue}-a", 1_000, 0.2, queue);
        var high = await AnalystCustomers.Seed(_grains, $"{queue}-b", 10_000, 0.7, queue);

        var page = RenderAt($"/analyst/at-risk?queue={queue}&band=High");

        page.WaitForAssertion(() => Assert.Equal([high.CustomerId], page.FindAll("tr[data-customer]").Select(r => r.GetAttribute("data-customer"))), AnalystPages.Soon);
        Assert.StartsWith("1 of ", page.Find("[data-testid=match-count]").TextContent.Trim());
    }

    [Fact]
    public void Merging_shard_pages_keeps_the_overall_top_and_adds_the_counts()
    {
        AtRiskEntry Entry(string id, double value, double risk) => new(id, id, ValueTier.Standard, value, risk, null, null, false);
        var merged = ChurnQueries.Merge(
            [new AtRiskPage([Entry("a", 100, 0.9), Entry("b", 100, 0.1)], 5, 50), new AtRiskPage([Entry("c", 1000, 0.5)], 1, 40), new AtRiskPage([], 0, 10)],
            take: 2);
        Assert.Equal(["c", "a"], merged.Entries.Select(e => e.CustomerId));
        Assert.Equal((6, 100), (merged.Matched, merged.Indexed));
    }

    /// <summary>The page as the router would show it for an address, query string included.</summary>
    private IRenderedComponent<AtRiskList> RenderAt(string address)
    {
        _bunit.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return _bunit.Render<AtRiskList>();
    }

    private async Task<string[]> Ids(AtRiskFilter filter) => [.. (await _churn.AtRisk(filter)).Entries.Select(e => e.CustomerId)];
}
