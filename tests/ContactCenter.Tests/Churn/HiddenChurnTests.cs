using ContactCenter.Demo;

namespace ContactCenter.Tests.Churn;

public sealed class HiddenChurnTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A middling customer: two years, value 2,500, a few ordinary contacts.</summary>
    private static readonly ChurnFeatures Typical = new(730, 2_500, 1, 2, 4, 0, 60, 120, 0, 0, 0, 0, 0, 0, 0, 4);

    public static TheoryData<string, Func<ChurnFeatures, int, ChurnFeatures>> WorseService => new()
    {
        { "abandoned calls", (f, k) => f with { Abandoned90d = k } },
        { "longest wait", (f, k) => f with { MaxWaitSeconds = 60 + 60 * k } },
        { "mean wait", (f, k) => f with { MeanWaitSeconds = 30 + 30 * k } },
        { "repeat contacts", (f, k) => f with { RepeatContacts7d = k } },
        { "complaints", (f, k) => f with { Complaints90d = k } },
        { "cancellation requests", (f, k) => f with { CancellationRequests90d = k } },
        { "transfers", (f, k) => f with { Transfers90d = k } },
        { "lower satisfaction", (f, k) => f with { MeanSatisfaction = 5 - 0.5 * k } },
        { "SLA breaches", (f, k) => f with { SlaBreaches = k } },
        { "escalated cases", (f, k) => f with { EscalatedCases = k } },
        { "open cases", (f, k) => f with { OpenCases = k } },
    };

    [Theory]
    [MemberData(nameof(WorseService))]
    public void Worse_service_never_lowers_the_probability_and_raises_it_overall(string driver, Func<ChurnFeatures, int, ChurnFeatures> worse)
    {
        var p = Enumerable.Range(0, 9).Select(k => HiddenChurn.Probability(worse(Typical, k))).ToArray();
        for (var k = 1; k < p.Length; k++) Assert.True(p[k] >= p[k - 1], $"{driver}: step {k} went from {p[k - 1]} to {p[k]}");
        Assert.True(p[^1] > p[0] + 0.02, $"{driver}: {p[0]:0.000} → {p[^1]:0.000}");
    }

    [Fact]
    public void Long_tenure_and_high_value_make_a_customer_stickier_even_after_the_same_bad_service()
    {
        var bad = Typical with { MaxWaitSeconds = 400, Abandoned90d = 2, Complaints90d = 1 };
        Assert.True(HiddenChurn.Probability(bad with { TenureDays = 3_000 }) < HiddenChurn.Probability(bad with { TenureDays = 60 }));
        Assert.True(HiddenChurn.Probability(bad with { LifetimeValue = 40_000 }) < HiddenChurn.Probability(bad with { LifetimeValue = 300 }));
        // Not additive: loyalty damps the harm of bad service, so the same bad call costs a loyal customer less.
        var newSmall = Typical with { TenureDays = 60, LifetimeValue = 300 };
        var oldLarge = Typical with { TenureDays = 3_000, LifetimeValue = 40_000 };
        double Harm(ChurnFeatures f) => HiddenChurn.Logit(f with { MaxWaitSeconds = 400, Abandoned90d = 2 }) - HiddenChurn.Logit(f);
        Assert.True(Harm(oldLarge) < Harm(newSmall) * 0.7);
    }

    [Fact]
    public void A_customer_whose_cases_breached_and_escalated_has_a_higher_hazard_after_a_contact()
    {
        var profile = new CustomerProfile("c-breached", "C", 2_500, Now.AddYears(-2));
        var contact = new ContactRecord("i-1", Channel.Voice, "q", Now.AddHours(-1), InteractionStatus.Completed, "a-1", 40, "follow-up", null);
        CustomerCase Case(int breaches, bool escalated, CaseStatus status) =>
            new($"case-{breaches}", "Follow-up", status, CasePriority.Normal, breaches > 0 ? SlaState.Breached : SlaState.OnTrack, escalated, breaches, Now.AddMinutes(-30));
        var calm = ChurnFeatureCalculator.From(profile, [contact], Now, [Case(0, false, CaseStatus.Closed)]);
        var breached = ChurnFeatureCalculator.From(profile, [contact], Now, [Case(2, true, CaseStatus.InProgress)]);

        Assert.Equal((2, 1, 1), (breached.SlaBreaches, breached.EscalatedCases, breached.OpenCases));
        var noise = HiddenChurn.Noise(profile.CustomerId, 42);
        Assert.True(HiddenChurn.ContactHazard(breached, noise) > 1.5 * HiddenChurn.ContactHazard(calm, noise),
            $"{HiddenChurn.ContactHazard(calm, noise):P2} → {HiddenChurn.ContactHazard(breached, noise):P2}");
    }

    [Fact]
    public void Waits_hurt_mostly_past_three_minutes()
    {
        double Step(double from, double to) =>
            HiddenChurn.Probability(Typical with { MaxWaitSeconds = to }) - HiddenChurn.Probability(Typical with { MaxWaitSeconds = from });
        Assert.True(Step(240, 300) > 5 * Step(60, 120));
    }

    [Fact]
    public void The_per_contact_hazard_and_the_load_tools_figure_follow_the_same_drivers()
    {
        Assert.True(HiddenChurn.ContactHazard(Typical) < HiddenChurn.Probability(Typical));
        Assert.True(HiddenChurn.AfterContact(300, abandoned: true, 1_500, 400) > HiddenChurn.AfterContact(300, abandoned: false, 1_500, 400));
        Assert.True(HiddenChurn.AfterContact(300, abandoned: false, 1_500, 400) > HiddenChurn.AfterContact(30, abandoned: false, 1_500, 400));
        var profile = new CustomerProfile("c", "C", 2_500, Now.AddYears(-2));
        Assert.Equal(HiddenChurn.Probability(ChurnFeatureCalculator.From(profile, [], Now)), HiddenChurn.Probability(profile, [], Now));
    }

    [Fact]
    public void A_customers_noise_is_fixed_by_id_and_seed_and_spread_like_a_normal()
    {
        Assert.Equal(HiddenChurn.Noise("cust-00042", 42), HiddenChurn.Noise("cust-00042", 42));
        Assert.NotEqual(HiddenChurn.Noise("cust-00042", 42), HiddenChurn.Noise("cust-00042", 43));
        var noise = Enumerable.Range(1, 5_000).Select(n => HiddenChurn.Noise(DemoCenter.CustomerId(n), 42)).ToArray();
        var mean = noise.Average();
        var sd = Math.Sqrt(noise.Sum(x => (x - mean) * (x - mean)) / noise.Length);
        Assert.InRange(mean, -0.05, 0.05);
        Assert.InRange(sd, HiddenChurn.NoiseSd * 0.9, HiddenChurn.NoiseSd * 1.1);
    }

    [Fact]
    public void The_seeded_demo_has_realistic_history_and_a_sensible_share_already_gone()
    {
        var customers = DemoCustomers.Generate(10_000, 42, Now, 85);
        var churned = customers.Where(c => c.ChurnedAt is not null).ToArray();
        Assert.InRange((double)churned.Length / customers.Count, 0.10, 0.35);
        Assert.InRange(customers.Count(c => c.History.Count > 0) / (double)customers.Count, 0.75, 0.95);
        Assert.All(churned, c => Assert.True(c.ChurnedAt <= Now && c.History.All(h => h.At <= c.ChurnedAt)));
        var contacts = customers.SelectMany(c => c.History).ToArray();
        Assert.All(contacts, h => Assert.InRange(h.At, Now.AddDays(-180), Now));
        Assert.Contains(contacts, h => h.Satisfaction is not null);
        Assert.Contains(contacts, h => h.Transfers > 0);
        Assert.Contains(contacts, h => h.WrapUpCode == ChurnFeatureCalculator.Complaint);
        Assert.Contains(contacts, h => h.WrapUpCode == ChurnFeatureCalculator.CancellationRequest);
        Assert.Equal(customers.Select(c => c.ChurnedAt), DemoCustomers.Generate(10_000, 42, Now, 85).Select(c => c.ChurnedAt));

        // Those who left had the worse service: what the model is meant to find.
        double Mean(IEnumerable<DemoCustomer> group, Func<ChurnFeatures, double> f) =>
            group.Select(c => f(ChurnFeatureCalculator.From(c.Profile, c.History, c.ChurnedAt ?? Now))).Average();
        var stayed = customers.Where(c => c.ChurnedAt is null).ToArray();
        Assert.True(Mean(churned, f => f.Abandoned90d) > 1.5 * Mean(stayed, f => f.Abandoned90d));
        Assert.True(Mean(churned, f => f.MaxWaitSeconds) > 1.5 * Mean(stayed, f => f.MaxWaitSeconds));
    }
}
