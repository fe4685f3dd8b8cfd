using Bunit;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Tests.Analyst;

/// <summary>A trained candidate is promoted only after the analyst confirms, then the customers are rescored.</summary>
public sealed class PromotionTests(DashboardFactory factory) : ModelPageContext(factory), IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Promotion_asks_first_and_cancelling_promotes_nothing()
    {
        var customer = await AnalystCustomers.Seed(Grains, AnalystCustomers.Fresh("cust"), 2_000, 0.5, "billing");
        var page = RenderPage();
        Upload(page, AnalystCustomers.CenterLikeCsv(), "center-like.csv");
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=csv-train]").HasAttribute("disabled")), AnalystPages.Soon);
        page.Find("[data-testid=csv-train]").Click();
        await Jobs.Running;
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=comparison]")), AnalystPages.Soon);
        Assert.Contains("trained on outside data (center-like.csv)", page.Find("[data-testid=promotion-warning]").TextContent);

        page.Find("[data-testid=promote]").Click();
        page.WaitForAssertion(() => Assert.Contains("Promote this model?", page.Find(".mud-dialog").TextContent), AnalystPages.Soon);
        ClickDialogButton(page, "Cancel");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-dialog")), AnalystPages.Soon);
        Assert.Null(await PromotedVersion());
        Assert.Equal(ChurnJobPhase.Trained, Jobs.State.Phase);

        page.Find("[data-testid=promote]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")), AnalystPages.Soon);
        ClickDialogButton(page, "Promote");
        page.WaitForAssertion(() => Assert.True(Jobs.State.Phase is ChurnJobPhase.Promoting or ChurnJobPhase.Promoted), AnalystPages.Soon);
        await Jobs.Running;

        var version = await PromotedVersion();
        Assert.NotNull(version);
        page.WaitForAssertion(() => Assert.Contains($"Model {version} is now the center's model", page.Find("[data-testid=job-promoted]").TextContent), AnalystPages.Soon);
        page.WaitForAssertion(() => Assert.Equal(version, page.Find("[data-testid=current-version]").TextContent.Trim()), AnalystPages.Soon);
        var churn = await Grains.GetGrain<ICustomerGrain>(customer.CustomerId).GetChurn();
        Assert.Equal(version, churn.ModelVersion);
    }
}
