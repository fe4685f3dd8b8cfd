using ContactCenter.Contracts;

namespace ContactCenter.Load.ChurnBench;

/// <summary>Customers with a few recent contacts each, drawn from a seed, so the grains have real features to score.</summary>
internal static class BenchCustomers
{
    private static readonly string[] WrapUps = ["resolved", "resolved", "resolved", "follow-up", ChurnFeatureCalculator.Complaint, "sale", ChurnFeatureCalculator.CancellationRequest];

    public static IReadOnlyList<(CustomerProfile Profile, ContactRecord[] History)> Generate(int count, int seed, DateTimeOffset now)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, count).Select(n =>
        {
            var id = $"bench-cust-{n:000000}";
            var value = Math.Round(Math.Exp(Math.Log(1500) + Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())), 2);
            var profile = new CustomerProfile(id, $"Bench customer {n}", value, now.AddDays(-random.Next(30, 3651)));
            var history = Enumerable.Range(0, random.Next(0, 7)).Select(k =>
            {
                var abandoned = random.NextDouble() < 0.12;
                return new ContactRecord($"{id}-h{k}", Channel.Voice, "billing", now.AddDays(-random.Next(1, 90)).AddMinutes(-random.Next(0, 600)),
                    abandoned ? InteractionStatus.Abandoned : InteractionStatus.Completed, abandoned ? null : "agent-001",
                    Math.Round(-40 * Math.Log(1 - random.NextDouble()), 1), abandoned ? null : WrapUps[random.Next(WrapUps.Length)], null,
                    random.NextDouble() < 0.1 ? 1 : 0, !abandoned && random.NextDouble() < 0.3 ? random.Next(1, 6) : null);
            }).OrderBy(c => c.At).ToArray();
            return (profile, history);
        }).ToArray();
    }
}
