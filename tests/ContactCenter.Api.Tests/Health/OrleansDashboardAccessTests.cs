using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Api.Tests.Health;

/// <summary>The Orleans dashboard at /orleans is for admins; everyone else is sent away.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrleansDashboardAccessTests(ApiFactory factory)
{
    [Fact]
    public async Task An_admin_gets_the_orleans_dashboard_and_its_data()
    {
        var admin = await factory.SignedIn("admin");
        var page = await admin.GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Orleans Dashboard", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/orleans/ClusterStats")).StatusCode);
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("analyst")]
    public async Task Other_roles_are_refused_the_orleans_dashboard(string user)
    {
        var browser = await factory.SignedIn(user);
        foreach (var path in new[] { "/orleans/", "/orleans/ClusterStats" })
        {
            var response = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Without_a_user_the_orleans_dashboard_redirects_to_sign_in()
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Only_admins_see_the_orleans_link_in_the_navigation()
    {
        Assert.Contains("data-testid=\"link-orleans\"", await (await factory.SignedIn("admin")).GetStringAsync("/"));
        Assert.DoesNotContain("data-testid=\"link-orleans\"", await (await factory.SignedIn("supervisor")).GetStringAsync("/"));
    }

    [Fact]
    public async Task The_openapi_document_leaves_the_orleans_dashboard_and_probes_out()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/queues", document);
        foreach (var path in new[] { "/orleans", "/healthz", "/readyz", "/metrics" }) Assert.DoesNotContain($"\"{path}", document);
    }
}
