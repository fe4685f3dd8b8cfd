using ContactCenter.Contracts;

namespace ContactCenter.Demo;

/// <summary>
/// The demo's hidden churn process: the "truth" a churn model has to discover from the center's own data.
/// Nothing in the product reads it; the seeder uses it to decide who has already left, the live simulation
/// rolls it after each contact, and the load tool uses it to estimate the churn that follows a run.
///
/// Probability of leaving within about a quarter, from the same features the product computes
/// (<see cref="ChurnFeatureCalculator"/>), is a logistic of
/// <code>
///   friction  = 1.2 × softplus((max wait − 180 s) / 45 s)    long waits hurt, and only past about 3 minutes
///             + 0.005 × (mean wait in seconds)
///             + 0.55 × abandoned calls (90 days)
///             + 0.35 × repeat contacts within 7 days
///             + 0.60 × complaints (90 days)
///             + 1.40 × cancellation requests (90 days)
///             + 0.30 × transfers (90 days)
///             + 0.80 × max(0, 3.5 − mean satisfaction)       only when scores were given
///             + 0.45 × SLA breaches (cases, 90 days)           a promise broken in writing
///             + 0.50 × escalated cases (90 days)
///             + 0.15 × open cases                              a problem still not solved
///   loyalty   = 0.6 × ln(1 + tenure in years) + 0.4 × ln(1 + value / 5,000)
///   logit     = −3.1 + friction / (1 + loyalty) − 0.5 × loyalty + noise
/// </code>
/// Two nonlinearities keep it from being a straight line in the features: the wait hinge, and loyalty
/// damping friction (a long-tenure, high-value customer forgives the same bad call that makes a new,
/// small one leave). The noise is a per-customer normal deviate (sd <see cref="NoiseSd"/>), fixed by the
/// customer id and seed, standing for everything the center cannot see (prices, a competitor's offer, a move).
/// </summary>
public static class HiddenChurn
{
    public const double NoiseSd = 0.8;
    public const double LongWaitSeconds = 180;

    /// <summary>
    /// Contacts a customer makes in a quarter, roughly: a per-contact hazard h with (1 − h)^ContactsPerQuarter
    /// = 1 − p spreads the quarter's probability over its contacts.
    /// </summary>
    public const double ContactsPerQuarter = 4;

    /// <summary>Leaving within a quarter for these features, without the customer's noise (its expectation's centre).</summary>
    public static double Probability(ChurnFeatures f, double noise = 0) => Sigmoid(Logit(f) + noise);

    /// <summary>The same, from a profile and history as of a moment: what the load tool's comparison calls.</summary>
    public static double Probability(CustomerProfile profile, IReadOnlyList<ContactRecord> history, DateTimeOffset at) =>
        Probability(ChurnFeatureCalculator.From(profile, history, at));

    /// <summary>The chance that the contact just ended (already in the features) is the one that makes the customer leave.</summary>
    public static double ContactHazard(ChurnFeatures f, double noise = 0) =>
        1 - Math.Pow(1 - Probability(f, noise), 1 / ContactsPerQuarter);

    /// <summary>The hazard after one contact for a customer with no other history: the load tool's per-call figure.</summary>
    public static double AfterContact(double waitSeconds, bool abandoned, double lifetimeValue, double tenureDays) =>
        ContactHazard(new ChurnFeatures(tenureDays, lifetimeValue, 1, 1, 1, abandoned ? 1 : 0, waitSeconds, waitSeconds,
            0, 0, 0, 0, 0, 0, 0, null));

    public static double Logit(ChurnFeatures f)
    {
        var friction =
            1.2 * Softplus((f.MaxWaitSeconds - LongWaitSeconds) / 45)
            + 0.005 * f.MeanWaitSeconds
            + 0.55 * f.Abandoned90d
            + 0.35 * f.RepeatContacts7d
            + 0.60 * f.Complaints90d
            + 1.40 * f.CancellationRequests90d
            + 0.30 * f.Transfers90d
            + (f.MeanSatisfaction is { } s ? 0.8 * Math.Max(0, 3.5 - s) : 0)
            + 0.45 * f.SlaBreaches
            + 0.50 * f.EscalatedCases
            + 0.15 * f.OpenCases;
        var loyalty = Loyalty(f.TenureDays, f.LifetimeValue);
        return -3.1 + friction / (1 + loyalty) - 0.5 * loyalty;
    }

    public static double Loyalty(double tenureDays, double lifetimeValue) =>
        0.6 * Math.Log(1 + Math.Max(0, tenureDays) / 365) + 0.4 * Math.Log(1 + Math.Max(0, lifetimeValue) / 5_000);

    /// <summary>The customer's fixed unseen part of the logit: normal with sd <see cref="NoiseSd"/>, from id and seed.</summary>
    public static double Noise(string customerId, int seed)
    {
        // FNV-1a, because string.GetHashCode changes between processes and the demo must repeat.
        ulong hash = 14695981039346656037;
        foreach (var c in $"{seed}:{customerId}") hash = (hash ^ c) * 1099511628211;
        var (a, b) = (SplitMix(hash), SplitMix(SplitMix(hash)));
        var u1 = ((a >> 11) + 1) / (double)(1UL << 53);
        var u2 = (b >> 11) / (double)(1UL << 53);
        return NoiseSd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>SplitMix64's finalizer: FNV alone leaves ids that differ in one digit too alike.</summary>
    private static ulong SplitMix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    private static double Softplus(double x) => x > 30 ? x : Math.Log(1 + Math.Exp(x));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
