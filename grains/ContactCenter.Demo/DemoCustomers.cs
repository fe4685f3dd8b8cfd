using ContactCenter.Contracts;

namespace ContactCenter.Demo;

/// <summary>A demo customer as seeded: profile, past contacts, and when they left (null: still a customer).</summary>
public sealed record DemoCustomer(CustomerProfile Profile, IReadOnlyList<ContactRecord> History, DateTimeOffset? ChurnedAt);

/// <summary>
/// The demo's customers, generated from a seed (pure: the same seed and moment give the same customers).
/// Each customer with history gets 90–180 days of contacts shaped by a personal "service experience"
/// (friction 0..1, skewed towards good): worse experience means more and repeated contacts, longer waits,
/// more abandonment, transfers, complaints and cancellation requests, and lower satisfaction scores.
/// <see cref="HiddenChurn"/> is rolled after every contact, in time order, to decide who has already left;
/// a leaver makes no contacts after leaving.
/// </summary>
public static class DemoCustomers
{
    /// <summary>Matches the customer grain's cap, so seeded features equal the grain's.</summary>
    private const int CustomerGrainHistory = 50;

    private static readonly string[] GoodCodes = ["resolved", "resolved", "resolved", "follow-up", "sale"];
    private static readonly string[] VoiceQueues = ["billing", "tech-support", "sales", "retention", "general", "premium"];

    /// <summary>Customers with an email address (each address is an index grain; the million-customer memory run needs no more).</summary>
    public const int WithEmail = 2_000;

    /// <summary>The demo address of customer n ("customer7@mail.example.com"), null past <see cref="WithEmail"/>.</summary>
    public static string? EmailOf(int n) => n <= WithEmail ? $"customer{n}@mail.example.com" : null;

    public static IReadOnlyList<DemoCustomer> Generate(int count, int seed, DateTimeOffset now, int withHistoryPercent) =>
        Stream(count, seed, now, withHistoryPercent).ToArray();

    /// <summary>The same customers one at a time, for populations too large to hold at once (the memory measurement).</summary>
    public static IEnumerable<DemoCustomer> Stream(int count, int seed, DateTimeOffset now, int withHistoryPercent)
    {
        var draws = new Draws(seed + 1);
        for (var n = 1; n <= count; n++) yield return Customer(n, draws, seed, now, withHistoryPercent);
    }

    /// <summary>Lifetime value is log-normal (median about 1,500), so a few percent are Gold or Platinum.</summary>
    private static DemoCustomer Customer(int n, Draws draws, int seed, DateTimeOffset now, int withHistoryPercent)
    {
        var id = DemoCenter.CustomerId(n);
        var value = Math.Round(draws.LogNormal(2_500, 1.0), 2);
        var since = now.AddDays(-draws.Between(30, 3650));
        var profile = new CustomerProfile(id, $"Customer {n}", value, since, Email: EmailOf(n));
        var noise = HiddenChurn.Noise(id, seed);
        var history = new List<ContactRecord>();
        if (draws.Chance(withHistoryPercent))
        {
            var friction = Math.Pow(draws.Uniform(), 2);
            var from = Max(since, now.AddDays(-draws.Between(90, 180)));
            var meanGapDays = (now - from).TotalDays / (1.5 + 7 * friction);
            var at = from.AddDays(draws.Exponential(meanGapDays));
            for (var k = 0; at < now && k < CustomerGrainHistory; k++)
            {
                history.Add(Contact(id, k, at, friction, draws));
                if (draws.Chance(100 * HiddenChurn.ContactHazard(ChurnFeatureCalculator.From(profile, history, at), noise)))
                    return new DemoCustomer(profile, history, Min(now.AddMinutes(-1), at.AddDays(draws.Exponential(10))));
                // Unresolved trouble brings the customer back within days.
                var repeat = draws.Chance(10 + 45 * friction);
                at = at.AddDays(repeat ? 0.2 + draws.Uniform() * 6 : draws.Exponential(meanGapDays));
            }
        }
        // Some leave without a word: the quarter's probability, scaled down for leaving quietly.
        var quiet = HiddenChurn.Probability(ChurnFeatureCalculator.From(profile, history, now), noise) * 0.25;
        if (!draws.Chance(100 * quiet)) return new DemoCustomer(profile, history, null);
        var last = history.Count == 0 ? Max(since, now.AddDays(-90)) : history[^1].At;
        return new DemoCustomer(profile, history, last + (now - last) * draws.Uniform());
    }

    private static ContactRecord Contact(string customerId, int k, DateTimeOffset at, double friction, Draws d)
    {
        var wait = d.Exponential(20 + 150 * friction);
        var patience = d.Exponential(150);
        var abandoned = patience < wait;
        if (abandoned) wait = patience;
        var voice = d.Chance(80);
        var queue = voice ? d.Pick(VoiceQueues) : "chat-care";
        if (abandoned)
            return new ContactRecord($"hist-{customerId}-{k}", voice ? Channel.Voice : Channel.Chat, queue, at, InteractionStatus.Abandoned,
                null, Math.Round(wait, 1), null, null);
        var transfers = d.Chance(6 + 30 * friction) ? (d.Chance(15 + 30 * friction) ? 2 : 1) : 0;
        var code = d.Chance(2 + 22 * friction) ? ChurnFeatureCalculator.Complaint
            : d.Chance(1 + 8 * friction) ? ChurnFeatureCalculator.CancellationRequest
            : d.Pick(GoodCodes);
        int? satisfaction = d.Chance(35)
            ? (int)Math.Clamp(Math.Round(4.7 - 3 * friction - wait / 150 - transfers * 0.4 + (d.Uniform() - 0.5) * 1.6), 1, 5)
            : null;
        return new ContactRecord($"hist-{customerId}-{k}", voice ? Channel.Voice : Channel.Chat, queue, at, InteractionStatus.Completed,
            $"agent-{d.Between(1, DemoCenter.AgentCount):000}", Math.Round(wait, 1), code, null, transfers, satisfaction);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
