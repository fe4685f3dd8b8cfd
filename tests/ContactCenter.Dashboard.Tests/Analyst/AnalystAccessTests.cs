using System.Net;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Dashboard.Tests.Analyst;

public sealed class AnalystAccessTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    public static TheoryData<string> Pages => ["/analyst/at-risk", "/analyst/model", "/analyst/customers/cust-00001"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_analyst_opens_every_analyst_page(string path)
    {
        var browser = await SignedIn("analyst");
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"link-model\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_admin_may_open_the_analyst_pages_too(string path)
    {
        var response = await (await SignedIn("admin")).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("supervisor", "/analyst/at-risk")]
    [InlineData("supervisor", "/analyst/model")]
    [InlineData("supervisor", "/analyst/customers/cust-00001")]
    [InlineData("agent-064", "/analyst/at-risk")]
    [InlineData("agent-064", "/analyst/model")]
    [InlineData("agent-064", "/analyst/customers/cust-00001")]
    public async Task Supervisors_and_agents_are_sent_to_the_denied_page(string user, string path)
    {
        var response = await (await SignedIn(user)).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_unknown_customer_id_gets_a_clear_not_found_message()
    {
        var page = await (await SignedIn("analyst")).GetStringAsync("/analyst/customers/no-such-customer");
        Assert.Contains("There is no customer with id “no-such-customer”", System.Net.WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task Without_a_user_the_analyst_pages_ask_for_sign_in()
    {
        var response = await Browser().GetAsync("/analyst/model");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Only_analysts_and_admins_get_the_analyst_links_in_the_app_bar()
    {
        var supervisorHome = await (await SignedIn("supervisor")).GetStringAsync("/");
        Assert.DoesNotContain("data-testid=\"link-at-risk\"", supervisorHome);
        Assert.Contains("data-testid=\"link-at-risk\"", await (await SignedIn("analyst")).GetStringAsync("/"));
    }

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> SignedIn(string user)
    {
        var browser = Browser();
        await LoginForm.SignInAsync(browser, user, "test-pass");
        return browser;
    }
}
