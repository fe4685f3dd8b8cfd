using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Tests.Wallboard;

public sealed class ScoreExplanationTests
{
    private static readonly DateTimeOffset Now = QueueTileViewTests.Now;

    [Fact]
    public void Every_term_has_its_points_and_a_line_with_this_interactions_inputs()
    {
        var entry = new QueueEntry("i-1", "billing", Channel.Voice, "cust-1", 1, ValueTier.Gold, 8_200, 0.72, [], Now.AddSeconds(-42), Now.AddSeconds(-42), false, 0);
        var decision = new RoutingDecision("i-1", "billing", "agent-1", Now, "arrival", new ScoreBreakdown(10, 15, 29.5, 21, 20), [], [], [], "best");
        var terms = ScoreExplanation.Terms(decision, entry, 20);
        Assert.Equal(["Base priority", "Tier", "Churn × value", "Aging", "SLA margin"], terms.Select(t => t.Term));
        Assert.Equal([10, 15, 29.5, 21, 20], terms.Select(t => t.Points));
        Assert.Contains("(0 is normal; here 1)", terms[0].Meaning);
        Assert.Contains("Platinum 2; here Gold)", terms[1].Meaning);
        Assert.Contains("(here 0.72 × 8.2)", terms[2].Meaning);
        Assert.Contains("(waited 42 s)", terms[3].Meaning);
        Assert.Contains("(20 s)", terms[4].Meaning);
        Assert.All(terms, t => Assert.DoesNotContain('\n', t.Meaning));
    }

    [Fact]
    public void Without_the_entry_the_lines_still_explain_each_term()
    {
        var decision = new RoutingDecision("i-1", "billing", "agent-1", Now, "arrival", new ScoreBreakdown(0, 0, 0, 0, 0), [], [], [], "best");
        var terms = ScoreExplanation.Terms(decision, null, null);
        Assert.Equal(5, terms.Count);
        Assert.All(terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Meaning)));
        Assert.DoesNotContain("(waited", terms[3].Meaning);
        Assert.DoesNotContain("here", terms[1].Meaning);
    }
}
