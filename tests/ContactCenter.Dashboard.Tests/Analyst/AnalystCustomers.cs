using System.Globalization;
using System.Text;

namespace ContactCenter.Dashboard.Tests.Analyst;

/// <summary>Test customers seeded straight into the cluster. With no model promoted the risk stays as given.</summary>
internal static class AnalystCustomers
{
    public static async Task<AtRiskEntry> Seed(IGrainFactory grains, string id, double value, double risk, string? queue, bool churned = false)
    {
        var now = DateTimeOffset.UtcNow;
        var profile = new CustomerProfile(id, $"Name {id}", value, now.AddYears(-2), risk);
        ContactRecord[] history = queue is null ? [] :
            [new ContactRecord($"{id}-c1", Channel.Voice, queue, now.AddDays(-3), InteractionStatus.Completed, "agent-001", 42, "resolved", null, 0, 4)];
        await grains.GetGrain<ICustomerGrain>(id).Seed(profile, history, churned ? now.AddDays(-1) : null);
        return new AtRiskEntry(id, profile.Name, profile.Tier, value, risk, queue, history.FirstOrDefault()?.At, churned);
    }

    /// <summary>A key unique to one test, so tests sharing a cluster never see each other's customers.</summary>
    public static string Fresh(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>
    /// Customers described by the center's own feature columns; leaving follows abandoned calls and low satisfaction,
    /// with noise from a fixed seed, so a model learns something real and the run repeats.
    /// </summary>
    public static string CenterLikeCsv(int rows = 400)
    {
        var random = new Random(7);
        var csv = new StringBuilder($"{ChurnFeatureNames.CustomerId},{ChurnFeatureNames.Abandoned90d},{ChurnFeatureNames.Contacts30d},{ChurnFeatureNames.MeanSatisfaction},{ChurnFeatureNames.Label}\n");
        for (var i = 0; i < rows; i++)
        {
            var abandoned = random.Next(0, 6);
            var contacts = random.Next(0, 8);
            var satisfaction = 1 + random.NextDouble() * 4;
            var left = abandoned * 0.6 - satisfaction + random.NextDouble() * 2 > 0.5;
            csv.Append(CultureInfo.InvariantCulture, $"c{i},{abandoned},{contacts},{satisfaction:0.0},{(left ? "yes" : "no")}\n");
        }
        return csv.ToString();
    }
}
