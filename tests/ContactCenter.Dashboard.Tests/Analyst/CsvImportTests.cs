using Bunit;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components.Forms;

namespace ContactCenter.Dashboard.Tests.Analyst;

/// <summary>Bad training files are refused on the model page with the reason, and nothing promoted changes.</summary>
public sealed class CsvImportTests(DashboardFactory factory) : ModelPageContext(factory), IClassFixture<DashboardFactory>
{
    [Fact]
    public void Before_any_promotion_the_page_says_there_is_no_model()
    {
        var page = RenderPage();
        Assert.Contains("No churn model has been promoted yet", page.Find("[data-testid=no-model]").TextContent);
    }

    [Fact]
    public async Task A_csv_without_the_chosen_label_column_is_refused_and_names_the_column()
    {
        var page = RenderPage();

        Upload(page, "plan,monthly_spend,left\nbasic,20,yes\npro,80,no\n");

        page.WaitForAssertion(() => Assert.Contains("The file has no column 'churned' for the label", page.Find("[data-testid=csv-problem]").TextContent), AnalystPages.Soon);
        Assert.Contains("plan, monthly_spend, left", page.Find("[data-testid=csv-problem]").TextContent);
        Assert.True(page.Find("[data-testid=csv-train]").HasAttribute("disabled"));
        Assert.Null(await PromotedVersion());
    }

    [Fact]
    public void A_ragged_row_is_refused_with_its_line_number()
    {
        var page = RenderPage();

        Upload(page, "customer_id,abandoned_90d,churned\nc1,2,yes\nc2,no\n", "ragged.csv");

        page.WaitForAssertion(() => Assert.Equal("ragged.csv: line 3 has 2 fields but the header has 3.", page.Find("[data-testid=csv-error]").TextContent.Trim()), AnalystPages.Soon);
        Assert.Empty(page.FindAll("[data-testid=csv-train]"));
    }

    [Theory]
    [InlineData("customer_id,abandoned_90d,churned\nc1,2,yes\nc2,3,Yes\n", "'churned' has only one value (yes)")]
    [InlineData("customer_id,abandoned_90d,churned\nc1,2,\nc2,3,\n", "Every row has a blank 'churned': no usable rows")]
    [InlineData("customer_id,abandoned_90d,churned\n", "has a header but no rows")]
    public void A_file_that_cannot_teach_anything_says_why(string csv, string reason)
    {
        var page = RenderPage();

        Upload(page, csv);

        page.WaitForAssertion(() => Assert.Contains(reason, page.Find("[data-testid=csv-problem], [data-testid=csv-error]").TextContent), AnalystPages.Soon);
        Assert.Equal(ChurnJobPhase.Idle, Jobs.State.Phase);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var page = RenderPage();

        page.FindComponent<InputFile>()
            .UploadFiles(InputFileContent.CreateFromBinary(new byte[Components.Analyst.CsvImport.MaxBytes + 1], "huge.csv"));

        page.WaitForAssertion(() => Assert.Contains("the limit is 50 MB", page.Find("[data-testid=csv-error]").TextContent), AnalystPages.Soon);
    }

    [Fact]
    public async Task A_training_error_from_the_background_job_is_shown_and_nothing_is_promoted()
    {
        var page = RenderPage();
        var rows = Enumerable.Range(0, 60).Select(i => $"c{i},basic,{(i % 3 == 0 ? "yes" : "no")}");
        Upload(page, $"customer_id,plan,churned\n{string.Join("\n", rows)}\n", "constant.csv");
        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=csv-train]").HasAttribute("disabled")), AnalystPages.Soon);

        page.Find("[data-testid=csv-train]").Click();
        await Jobs.Running;

        Assert.Equal(ChurnJobPhase.Failed, Jobs.State.Phase);
        Assert.Contains("no usable input columns in constant.csv", Jobs.State.Error);
        page.WaitForAssertion(() => Assert.Contains("no usable input columns in constant.csv", page.Find("[data-testid=job-error]").TextContent), AnalystPages.Soon);
        Assert.Contains("Nothing was promoted", page.Find("[data-testid=job-error]").TextContent);
        Assert.Null(await PromotedVersion());
    }
}
