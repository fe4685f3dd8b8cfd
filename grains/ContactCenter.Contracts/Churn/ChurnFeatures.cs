using System.Globalization;

namespace ContactCenter.Contracts;

/// <summary>
/// A customer's live churn features, recomputed from the profile and contact history on every contact event.
/// Case features stay zero until cases exist; constant columns are dropped by training, so they cost nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.churn-features")]
public sealed record ChurnFeatures(
    [property: Id(0)] double TenureDays,
    [property: Id(1)] double LifetimeValue,
    [property: Id(2)] int Contacts7d,
    [property: Id(3)] int Contacts30d,
    [property: Id(4)] int Contacts90d,
    [property: Id(5)] int Abandoned90d,
    [property: Id(6)] double MeanWaitSeconds,
    [property: Id(7)] double MaxWaitSeconds,
    [property: Id(8)] int Transfers90d,
    [property: Id(9)] int RepeatContacts7d,
    [property: Id(10)] int OpenCases,
    [property: Id(11)] int EscalatedCases,
    [property: Id(12)] int SlaBreaches,
    [property: Id(13)] int Complaints90d,
    [property: Id(14)] int CancellationRequests90d,
    [property: Id(15)] double? MeanSatisfaction)
{
    /// <summary>The features as a model input row: column name to invariant-culture text (blank when unknown).</summary>
    public IReadOnlyDictionary<string, string?> ToRow() => new Dictionary<string, string?>
    {
        [ChurnFeatureNames.TenureDays] = Text(TenureDays),
        [ChurnFeatureNames.LifetimeValue] = Text(LifetimeValue),
        [ChurnFeatureNames.Contacts7d] = Text(Contacts7d),
        [ChurnFeatureNames.Contacts30d] = Text(Contacts30d),
        [ChurnFeatureNames.Contacts90d] = Text(Contacts90d),
        [ChurnFeatureNames.Abandoned90d] = Text(Abandoned90d),
        [ChurnFeatureNames.MeanWaitSeconds] = Text(MeanWaitSeconds),
        [ChurnFeatureNames.MaxWaitSeconds] = Text(MaxWaitSeconds),
        [ChurnFeatureNames.Transfers90d] = Text(Transfers90d),
        [ChurnFeatureNames.RepeatContacts7d] = Text(RepeatContacts7d),
        [ChurnFeatureNames.OpenCases] = Text(OpenCases),
        [ChurnFeatureNames.EscalatedCases] = Text(EscalatedCases),
        [ChurnFeatureNames.SlaBreaches] = Text(SlaBreaches),
        [ChurnFeatureNames.Complaints90d] = Text(Complaints90d),
        [ChurnFeatureNames.CancellationRequests90d] = Text(CancellationRequests90d),
        [ChurnFeatureNames.MeanSatisfaction] = MeanSatisfaction is { } s ? Text(s) : null,
    };

    private static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Column names of the center's own churn data, and how to say each in plain words.</summary>
public static class ChurnFeatureNames
{
    public const string TenureDays = "tenure_days";
    public const string LifetimeValue = "lifetime_value";
    public const string Contacts7d = "contacts_7d";
    public const string Contacts30d = "contacts_30d";
    public const string Contacts90d = "contacts_90d";
    public const string Abandoned90d = "abandoned_90d";
    public const string MeanWaitSeconds = "mean_wait_s";
    public const string MaxWaitSeconds = "max_wait_s";
    public const string Transfers90d = "transfers_90d";
    public const string RepeatContacts7d = "repeat_contacts_7d";
    public const string OpenCases = "open_cases";
    public const string EscalatedCases = "escalated_cases";
    public const string SlaBreaches = "sla_breaches";
    public const string Complaints90d = "complaints_90d";
    public const string CancellationRequests90d = "cancellation_requests_90d";
    public const string MeanSatisfaction = "mean_satisfaction";

    /// <summary>The label column of the center's own history: "yes" when the customer left.</summary>
    public const string Label = "churned";
    public const string Positive = "yes";
    public const string CustomerId = "customer_id";

    public static IReadOnlyDictionary<string, string> PlainWords { get; } = new Dictionary<string, string>
    {
        [TenureDays] = "days as a customer",
        [LifetimeValue] = "lifetime value",
        [Contacts7d] = "contacts in the last 7 days",
        [Contacts30d] = "contacts in the last 30 days",
        [Contacts90d] = "contacts in the last 90 days",
        [Abandoned90d] = "calls abandoned in the last 90 days",
        [MeanWaitSeconds] = "mean wait (seconds)",
        [MaxWaitSeconds] = "longest wait (seconds)",
        [Transfers90d] = "transfers in the last 90 days",
        [RepeatContacts7d] = "repeat contacts within 7 days",
        [OpenCases] = "open cases",
        [EscalatedCases] = "escalated cases",
        [SlaBreaches] = "SLA breaches",
        [Complaints90d] = "complaints in the last 90 days",
        [CancellationRequests90d] = "cancellation requests in the last 90 days",
        [MeanSatisfaction] = "mean satisfaction score (1-5)",
    };

    /// <summary>Plain words for a column; outside data (CSV imports) keeps its own column names.</summary>
    public static string Describe(string column) => PlainWords.GetValueOrDefault(column, column);
}
