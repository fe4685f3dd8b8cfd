using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Tests.Analyst;

public sealed class PromotionCheckTests
{
    [Fact]
    public void A_model_of_the_centers_own_history_may_be_promoted_without_warning()
    {
        var check = PromotionCheck.For(Model(ChurnFeatureNames.Abandoned90d, ChurnFeatureNames.TenureDays), ChurnDataOrigin.CenterHistory);
        Assert.Equal(new PromotionCheck(true, null), check);
    }

    [Fact]
    public void An_outside_model_on_the_centers_columns_may_be_promoted_with_a_warning()
    {
        var check = PromotionCheck.For(Model(ChurnFeatureNames.Abandoned90d), ChurnDataOrigin.CsvFile);
        Assert.True(check.Allowed);
        Assert.Contains("trained on outside data (upload.csv)", check.Warning);
    }

    [Fact]
    public void A_model_reading_columns_the_center_does_not_record_cannot_be_promoted()
    {
        var check = PromotionCheck.For(Model(ChurnFeatureNames.Abandoned90d, "monthly_spend", "plan"), ChurnDataOrigin.CsvFile);
        Assert.False(check.Allowed);
        Assert.Contains("does not record for its customers (monthly_spend, plan)", check.Warning);
    }

    private static ChurnModelInfo Model(params string[] columns) => new(
        "v", DateTimeOffset.UnixEpoch, "upload.csv", 100, 25, "churned", "yes", [], [.. columns.Select(c => new ModelColumn(c, true, 0, 0))],
        "logistic", new ChurnMetrics(0.8, 0.5, 0.4, 0.9, 0.1), [], [], [], [], 0, 1);
}
