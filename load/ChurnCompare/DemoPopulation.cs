using ContactCenter.Contracts;
using ContactCenter.Demo;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>The demo's customers, its retention thresholds and its hidden churn process, as the comparison uses them.</summary>
internal static class DemoPopulation
{
    /// <summary>The customers the demo seeds, with the demo's share of customers who have a history.</summary>
    public static IReadOnlyList<DemoCustomer> Generate(int customers, int seed, DateTimeOffset now) =>
        DemoCustomers.Generate(customers, seed, now, new SimulationOptions().CustomersWithHistoryPercent);

    /// <summary>The retention preference of the demo's retention queue (else its first voice queue with one, else the default).</summary>
    public static (RetentionPreference Preference, string From) Retention
    {
        get
        {
            var queue = DemoCenter.Queues.Where(q => q.Retention is not null && ChurnComparePlanner.VoiceQueues.Contains(q.QueueId))
                .OrderBy(q => q.QueueId == "retention" ? 0 : 1).FirstOrDefault();
            return queue is null ? (new RetentionPreference(), "the RetentionPreference defaults") : (queue.Retention!, $"the demo's {queue.QueueId} queue");
        }
    }

    /// <summary>
    /// The hidden process's per-contact hazard for one customer, their own unseen noise included (fixed by id and
    /// seed, as the seeder and the live simulation roll it).
    /// </summary>
    public static HiddenChurnHazard HazardFor(int seed) => (profile, history, at) =>
        HiddenChurn.ContactHazard(ChurnFeatureCalculator.From(profile, history, at), HiddenChurn.Noise(profile.CustomerId, seed));
}
