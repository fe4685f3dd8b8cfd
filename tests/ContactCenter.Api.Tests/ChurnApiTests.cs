using ContactCenter.Contracts;
using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class ChurnApiTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory, "analyst");

    /// <summary>A customer with a hand-set risk; no model is promoted in this host, so the risk stays as given.</summary>
    private async Task<string> AtRiskCustomer(double risk, double value)
    {
        var id = ApiClient.Key("cust");
        var profile = new CustomerProfile(id, "Risky Customer", value, DateTimeOffset.UtcNow.AddYears(-2), risk);
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICustomerGrain>(id).Seed(profile, [], null);
        return id;
    }

    [Fact]
    public async Task An_analyst_reads_the_at_risk_list_filtered_by_tier_and_band()
    {
        var risky = await AtRiskCustomer(0.9, 45_000);
        var calm = await AtRiskCustomer(0.1, 45_000);

        var (status, body) = await _api.Get("/api/churn/at-risk?tier=Platinum&band=High&take=500");
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = body!["entries"]!.AsArray().Select(e => e!["customerId"]!.GetValue<string>()).ToList();
        Assert.Contains(risky, ids);
        Assert.DoesNotContain(calm, ids);
        var entry = body["entries"]!.AsArray().Single(e => e!["customerId"]!.GetValue<string>() == risky)!;
        Assert.Equal(0.9, entry["risk"]!.GetValue<double>(), 6);
        Assert.Equal("Platinum", entry["tier"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_customers_churn_view_is_readable_and_an_unknown_customer_is_404()
    {
        var id = await AtRiskCustomer(0.75, 8_000);
        var (status, body) = await _api.Get($"/api/churn/customers/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0.75, body!["risk"]!.GetValue<double>(), 6);
        Assert.Equal(8_000, body["features"]!["lifetimeValue"]!.GetValue<double>());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/churn/customers/{ApiClient.Key("nobody")}")).Status);
    }

    [Theory]
    [InlineData("/api/churn/at-risk?band=Scary", "band")]
    [InlineData("/api/churn/at-risk?tier=Diamond", "tier")]
    [InlineData("/api/churn/at-risk?take=0", "take")]
    [InlineData("/api/churn/at-risk?take=501", "take")]
    public async Task Bad_filters_are_refused_naming_the_field(string path, string field)
    {
        ApiClient.AssertFieldError(await _api.Get(path), field);
    }

    [Fact]
    public async Task An_agent_may_not_read_churn_data()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await new ApiClient(factory, "agent-062").Get("/api/churn/at-risk")).Status);
    }

    [Fact]
    public async Task A_routing_decision_shows_the_churn_contribution()
    {
        var admin = new ApiClient(factory);
        var skill = ApiClient.Key("billing");
        var queue = await admin.NewQueue(skill);
        var agent = await admin.NewAgent(skill, 7);
        await admin.Post($"/api/agents/{agent}/login");
        await admin.Post($"/api/agents/{agent}/ready");
        var customer = await AtRiskCustomer(0.8, 10_000);

        var created = await admin.Post("/api/interactions", new { channel = "Voice", customerId = customer, queueId = queue });
        var id = created.Body!["interactionId"]!.GetValue<string>();
        var churn = (await admin.Get($"/api/interactions/{id}/decision")).Body!["churn"]!;

        // Default weights: ChurnValue 5 × risk 0.8 × value 10 (thousands) = 40 points.
        Assert.Equal(0.8, churn["risk"]!.GetValue<double>(), 6);
        Assert.Equal(40, churn["scorePoints"]!.GetValue<double>(), 6);
        Assert.Contains("added 40 points", churn["note"]!.GetValue<string>());
    }
}

[Collection(ApiCollection.Name)]
public sealed class SatisfactionApiTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_survey_score_lands_on_the_customers_contact_and_their_churn_features()
    {
        var customer = ApiClient.Key("cust");
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICustomerGrain>(customer)
            .Seed(new CustomerProfile(customer, "Rated Customer", 900, DateTimeOffset.UtcNow.AddYears(-1)), [], null);
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var created = await _api.Post("/api/interactions", new { channel = "Voice", customerId = customer, queueId = queue });
        var id = created.Body!["interactionId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Conflict, (await _api.Post($"/api/interactions/{id}/satisfaction", new { score = 2 })).Status);
        await _api.Post($"/api/interactions/{id}/abandoned");
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{id}/satisfaction", new { score = 6 }), "score");
        ApiClient.AssertFieldError(await _api.Post($"/api/interactions/{id}/satisfaction", new { }), "score");

        var (status, churn) = await _api.Post($"/api/interactions/{id}/satisfaction", new { score = 2 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, churn!["features"]!["meanSatisfaction"]!.GetValue<double>());
        var contact = (await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICustomerGrain>(customer).GetSnapshot())
            .RecentContacts.Single(c => c.InteractionId == id);
        Assert.Equal(2, contact.Satisfaction);
    }
}
