using System.Globalization;
using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Components.Analyst;

/// <summary>Churn features and contributions in plain words, e.g. "4 calls abandoned in the last 90 days raised the risk by 12 points".</summary>
public static class ChurnWords
{
    private static readonly Dictionary<string, (string One, string Many)> Counts = new()
    {
        [ChurnFeatureNames.TenureDays] = ("day as a customer", "days as a customer"),
        [ChurnFeatureNames.Contacts7d] = ("contact in the last 7 days", "contacts in the last 7 days"),
        [ChurnFeatureNames.Contacts30d] = ("contact in the last 30 days", "contacts in the last 30 days"),
        [ChurnFeatureNames.Contacts90d] = ("contact in the last 90 days", "contacts in the last 90 days"),
        [ChurnFeatureNames.Abandoned90d] = ("call abandoned in the last 90 days", "calls abandoned in the last 90 days"),
        [ChurnFeatureNames.Transfers90d] = ("transfer in the last 90 days", "transfers in the last 90 days"),
        [ChurnFeatureNames.RepeatContacts7d] = ("repeat contact within 7 days", "repeat contacts within 7 days"),
        [ChurnFeatureNames.OpenCases] = ("open case", "open cases"),
        [ChurnFeatureNames.EscalatedCases] = ("escalated case", "escalated cases"),
        [ChurnFeatureNames.SlaBreaches] = ("SLA breach", "SLA breaches"),
        [ChurnFeatureNames.Complaints90d] = ("complaint in the last 90 days", "complaints in the last 90 days"),
        [ChurnFeatureNames.CancellationRequests90d] = ("cancellation request in the last 90 days", "cancellation requests in the last 90 days"),
    };

    /// <summary>A feature and its value as a phrase: "4 calls abandoned in the last 90 days", "a mean wait of 45 s".</summary>
    public static string Phrase(string feature, string? value)
    {
        var number = Parse(value);
        if (Counts.TryGetValue(feature, out var words) && number is { } n)
            return $"{Number(n)} {(n == 1 ? words.One : words.Many)}";
        return (feature, number) switch
        {
            (ChurnFeatureNames.LifetimeValue, { } v) => $"a lifetime value of {v.ToString("N0", CultureInfo.InvariantCulture)}",
            (ChurnFeatureNames.MeanWaitSeconds, { } v) => $"a mean wait of {Seconds(v)}",
            (ChurnFeatureNames.MaxWaitSeconds, { } v) => $"a longest wait of {Seconds(v)}",
            (ChurnFeatureNames.MeanSatisfaction, { } v) => $"a mean satisfaction of {Number(v)} out of 5",
            (ChurnFeatureNames.MeanSatisfaction, null) => "no satisfaction score yet",
            _ when string.IsNullOrWhiteSpace(value) => $"{ChurnFeatureNames.Describe(feature)} unknown",
            _ => $"{ChurnFeatureNames.Describe(feature)} = {(number is { } v ? Number(v) : value)}",
        };
    }

    /// <summary>The whole sentence for one contribution (in probability, 0..1), with its sign in words.</summary>
    public static string Contribution(FeatureContribution c)
    {
        var phrase = Phrase(c.Feature, c.Value);
        var points = Math.Abs(c.Contribution) * 100;
        var amount = points >= 9.5 ? points.ToString("0", CultureInfo.InvariantCulture) : points.ToString("0.#", CultureInfo.InvariantCulture);
        var effect = amount == "0" ? "made almost no difference to the risk"
            : $"{(c.Contribution > 0 ? "raised" : "lowered")} the risk by {amount} {(amount == "1" ? "point" : "points")}";
        return $"{char.ToUpperInvariant(phrase[0])}{phrase[1..]} {effect}";
    }

    /// <summary>A value for the feature table: whole numbers without decimals, blanks as a dash.</summary>
    public static string Value(string? value) => Parse(value) is { } n ? Number(n) : string.IsNullOrWhiteSpace(value) ? "–" : value;

    public static MudBlazor.Color BandColor(RiskBand band) => band switch
    {
        RiskBand.High => MudBlazor.Color.Error,
        RiskBand.Medium => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Success,
    };

    private static double? Parse(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static string Seconds(double s) => $"{s.ToString("N0", CultureInfo.InvariantCulture)} s";

    /// <summary>Whole or large numbers with thousands separators and no decimals; small fractions to two places.</summary>
    private static string Number(double n) =>
        n == Math.Floor(n) || Math.Abs(n) >= 100 ? n.ToString("N0", CultureInfo.InvariantCulture) : n.ToString("0.##", CultureInfo.InvariantCulture);
}
