namespace ContactCenter.Contracts;

/// <summary>
/// Live churn features from a profile and its contact history, as of a moment (now, or when the customer left).
/// Pure, so the customer grain, the demo's hidden churn process and the tests all compute the same numbers.
/// A window of N days holds contacts at or after now − N days and not after now; contacts later than now
/// (a history read as of a past moment) are ignored. Waits, transfers, wrap-up codes and satisfaction count
/// over the 90-day window.
/// </summary>
public static class ChurnFeatureCalculator
{
    public const string Complaint = "complaint";
    public const string CancellationRequest = "cancellation-request";

    /// <summary>A contact within this many days after the customer's previous contact is a repeat contact.</summary>
    public const int RepeatWithinDays = 7;

    /// <summary>Escalations and SLA breaches count when the case changed within this many days.</summary>
    public const int CaseWindowDays = 90;

    public static ChurnFeatures From(CustomerProfile profile, IReadOnlyList<ContactRecord> history, DateTimeOffset now,
        IReadOnlyCollection<CustomerCase>? cases = null)
    {
        var recentCases = (cases ?? []).Where(c => c.UpdatedAt <= now && c.UpdatedAt >= now.AddDays(-CaseWindowDays)).ToList();
        var ordered = history.Where(c => c.At <= now).OrderBy(c => c.At).ToList();
        var last90 = Within(ordered, now, 90);
        var waits = last90.Select(c => c.WaitSeconds).ToList();
        var satisfaction = last90.Where(c => c.Satisfaction is not null).Select(c => (double)c.Satisfaction!.Value).ToList();
        return new ChurnFeatures(
            TenureDays: Math.Max(0, (now - profile.CustomerSince).TotalDays),
            LifetimeValue: profile.LifetimeValue,
            Contacts7d: Within(ordered, now, 7).Count,
            Contacts30d: Within(ordered, now, 30).Count,
            Contacts90d: last90.Count,
            Abandoned90d: last90.Count(c => c.Outcome == InteractionStatus.Abandoned),
            MeanWaitSeconds: waits.Count == 0 ? 0 : waits.Average(),
            MaxWaitSeconds: waits.Count == 0 ? 0 : waits.Max(),
            Transfers90d: last90.Sum(c => Math.Max(0, c.Transfers)),
            RepeatContacts7d: RepeatContacts(ordered, now),
            OpenCases: (cases ?? []).Count(c => c.Status.IsOpen()),
            EscalatedCases: recentCases.Count(c => c.Escalated),
            SlaBreaches: recentCases.Sum(c => Math.Max(0, c.Breaches)),
            Complaints90d: last90.Count(c => Is(c, Complaint)),
            CancellationRequests90d: last90.Count(c => Is(c, CancellationRequest)),
            MeanSatisfaction: satisfaction.Count == 0 ? null : satisfaction.Average());
    }

    /// <summary>Contacts in the last 7 days that came within 7 days of the one before (which may be older).</summary>
    private static int RepeatContacts(List<ContactRecord> ordered, DateTimeOffset now)
    {
        var from = now.AddDays(-RepeatWithinDays);
        var repeats = 0;
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i].At >= from && ordered[i].At - ordered[i - 1].At <= TimeSpan.FromDays(RepeatWithinDays))
                repeats++;
        return repeats;
    }

    private static List<ContactRecord> Within(List<ContactRecord> ordered, DateTimeOffset now, int days)
    {
        var from = now.AddDays(-days);
        return ordered.Where(c => c.At >= from).ToList();
    }

    private static bool Is(ContactRecord contact, string code) =>
        string.Equals(contact.WrapUpCode, code, StringComparison.OrdinalIgnoreCase);
}
