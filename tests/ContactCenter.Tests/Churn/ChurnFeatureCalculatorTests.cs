namespace ContactCenter.Tests.Churn;

public sealed class ChurnFeatureCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CustomerProfile Profile = new("c", "C", 4_200, Now.AddDays(-400));

    private static ContactRecord Contact(string id, TimeSpan ago, double wait = 0, InteractionStatus outcome = InteractionStatus.Completed,
        string? code = null, int transfers = 0, int? satisfaction = null) =>
        new(id, Channel.Voice, "q", Now - ago, outcome, null, wait, code, null, transfers, satisfaction);

    [Fact]
    public void Window_edges_are_inclusive_and_later_contacts_are_ignored()
    {
        var history = new[]
        {
            Contact("exactly-7d", TimeSpan.FromDays(7)),
            Contact("just-over-7d", TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1)),
            Contact("exactly-30d", TimeSpan.FromDays(30)),
            Contact("just-over-30d", TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1)),
            Contact("exactly-90d", TimeSpan.FromDays(90)),
            Contact("just-over-90d", TimeSpan.FromDays(90) + TimeSpan.FromSeconds(1)),
            Contact("in-the-future", -TimeSpan.FromMinutes(1)),
        };
        var f = ChurnFeatureCalculator.From(Profile, history, Now);
        Assert.Equal((1, 3, 5), (f.Contacts7d, f.Contacts30d, f.Contacts90d));
        Assert.Equal(400, f.TenureDays, 9);
        Assert.Equal(4_200, f.LifetimeValue);
        Assert.Equal((0, 0, 0), (f.OpenCases, f.EscalatedCases, f.SlaBreaches));
    }

    [Fact]
    public void Repeat_contacts_count_recent_contacts_within_7_days_of_the_previous_one()
    {
        var history = new[]
        {
            Contact("old", TimeSpan.FromDays(40)),
            Contact("old-repeat-outside-window", TimeSpan.FromDays(38)),
            Contact("first-after-a-gap", TimeSpan.FromDays(9)),
            Contact("repeat-of-one-9d-ago", TimeSpan.FromDays(5)),
            Contact("repeat-again", TimeSpan.FromDays(1)),
        };
        Assert.Equal(2, ChurnFeatureCalculator.From(Profile, history, Now).RepeatContacts7d);

        // The one before may be older than the window: 10 days ago then 4 days ago is 6 days apart.
        var straddling = new[] { Contact("a", TimeSpan.FromDays(10)), Contact("b", TimeSpan.FromDays(4)) };
        Assert.Equal(1, ChurnFeatureCalculator.From(Profile, straddling, Now).RepeatContacts7d);
        var apart = new[] { Contact("a", TimeSpan.FromDays(12)), Contact("b", TimeSpan.FromDays(4)) };
        Assert.Equal(0, ChurnFeatureCalculator.From(Profile, apart, Now).RepeatContacts7d);
    }

    [Fact]
    public void Waits_outcomes_codes_transfers_and_satisfaction_count_over_90_days()
    {
        var history = new[]
        {
            Contact("ancient", TimeSpan.FromDays(100), wait: 900, outcome: InteractionStatus.Abandoned, code: "complaint", transfers: 3, satisfaction: 1),
            Contact("a", TimeSpan.FromDays(60), wait: 30, code: "Complaint", transfers: 1, satisfaction: 2),
            Contact("b", TimeSpan.FromDays(20), wait: 210, outcome: InteractionStatus.Abandoned),
            Contact("c", TimeSpan.FromDays(2), wait: 60, code: "cancellation-request", transfers: 2, satisfaction: 5),
        };
        var f = ChurnFeatureCalculator.From(Profile, history, Now);
        Assert.Equal(1, f.Abandoned90d);
        Assert.Equal(100, f.MeanWaitSeconds, 9);
        Assert.Equal(210, f.MaxWaitSeconds);
        Assert.Equal(3, f.Transfers90d);
        Assert.Equal(1, f.Complaints90d);
        Assert.Equal(1, f.CancellationRequests90d);
        Assert.Equal(3.5, f.MeanSatisfaction);
    }

    [Fact]
    public void No_contacts_give_zero_waits_and_no_satisfaction()
    {
        var f = ChurnFeatureCalculator.From(Profile, [], Now);
        Assert.Equal((0, 0, 0, 0.0, 0.0), (f.Contacts90d, f.Abandoned90d, f.RepeatContacts7d, f.MeanWaitSeconds, f.MaxWaitSeconds));
        Assert.Null(f.MeanSatisfaction);
        Assert.Null(f.ToRow()[ChurnFeatureNames.MeanSatisfaction]);
    }

    [Fact]
    public void Features_as_of_a_past_moment_ignore_what_came_after()
    {
        var history = new[] { Contact("before", TimeSpan.FromDays(10), wait: 40), Contact("after", TimeSpan.FromDays(1), wait: 400) };
        var f = ChurnFeatureCalculator.From(Profile, history, Now.AddDays(-5));
        Assert.Equal((1, 40.0), (f.Contacts7d, f.MaxWaitSeconds));
        Assert.Equal(395, f.TenureDays, 9);
    }
}
