using ContactCenter.Dashboard.Components.Analyst;

namespace ContactCenter.Dashboard.Tests.Analyst;

public sealed class ChurnWordsTests
{
    [Theory]
    [InlineData(ChurnFeatureNames.Abandoned90d, "4", 0.12, "4 calls abandoned in the last 90 days raised the risk by 12 points")]
    [InlineData(ChurnFeatureNames.Abandoned90d, "1", 0.031, "1 call abandoned in the last 90 days raised the risk by 3.1 points")]
    [InlineData(ChurnFeatureNames.TenureDays, "2190", -0.08, "2,190 days as a customer lowered the risk by 8 points")]
    [InlineData(ChurnFeatureNames.MeanWaitSeconds, "95.25", 0.05, "A mean wait of 95 s raised the risk by 5 points")]
    [InlineData(ChurnFeatureNames.MeanSatisfaction, "1.5", 0.2, "A mean satisfaction of 1.5 out of 5 raised the risk by 20 points")]
    [InlineData(ChurnFeatureNames.MeanSatisfaction, null, 0.01, "No satisfaction score yet raised the risk by 1 point")]
    [InlineData("monthly_spend", "80", -0.0004, "Monthly_spend = 80 made almost no difference to the risk")]
    public void A_contribution_reads_as_a_sentence(string feature, string? value, double contribution, string expected) =>
        Assert.Equal(expected, ChurnWords.Contribution(new FeatureContribution(feature, value, contribution)));

    [Theory]
    [InlineData("12", "12")]
    [InlineData("8836.94", "8,837")]
    [InlineData("46.666", "46.67")]
    [InlineData(null, "–")]
    [InlineData("basic", "basic")]
    public void Feature_values_are_shown_plainly(string? value, string expected) => Assert.Equal(expected, ChurnWords.Value(value));
}
