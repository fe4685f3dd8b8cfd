using ContactCenter.Grains.Routing;

namespace ContactCenter.Tests.Routing;

public sealed class PriorityScoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly QueueConfig Config = CenterBuilder.QueueConfigFor("q", new SkillRequirement("billing", 1));

    private static QueueEntry Entry(ValueTier tier = ValueTier.Standard, double value = 0, double churn = 0, int basePriority = 0, double waited = 0) =>
        new("i", "q", Channel.Voice, "c", basePriority, tier, value, churn, [], Now.AddSeconds(-waited), Now.AddSeconds(-waited), false, 0);

    [Fact]
    public void Score_adds_the_weighted_parts()
    {
        var score = PriorityScore.Of(Entry(ValueTier.Gold, value: 8_000, churn: 0.5, basePriority: 2, waited: 10), Config, Now);
        var w = PriorityWeights.Default;
        Assert.Equal(w.Base * 2, score.Base);
        Assert.Equal(w.Tier * 1, score.Tier);
        Assert.Equal(w.ChurnValue * 0.5 * 8, score.ChurnValue, 6);
        Assert.Equal(w.AgingPerSecond * 10, score.Aging, 6);
        Assert.Equal(w.SlaMargin * 10.0 / 20, score.SlaMargin, 6);
        Assert.Equal(score.Base + score.Tier + score.ChurnValue + score.Aging + score.SlaMargin, score.Total, 6);
    }

    [Fact]
    public void Value_in_the_churn_term_is_capped_so_one_account_cannot_swamp_the_rest()
    {
        var huge = PriorityScore.Of(Entry(value: 5_000_000, churn: 1), Config, Now);
        Assert.Equal(PriorityWeights.Default.ChurnValue * PriorityScore.ValueCapThousands, huge.ChurnValue, 6);
    }

    [Fact]
    public void Sla_margin_saturates_at_the_service_level_threshold()
    {
        Assert.Equal(PriorityWeights.Default.SlaMargin, PriorityScore.Of(Entry(waited: 500), Config, Now).SlaMargin, 6);
    }
}
