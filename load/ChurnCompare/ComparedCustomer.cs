using ContactCenter.Contracts;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>
/// A demo customer as the comparison sees them: profile, seeded history, the model's risk before the run,
/// and whether that puts them in the retention preference's group (risk ≥ MinRisk and value ≥ MinValue).
/// </summary>
internal sealed record ComparedCustomer(CustomerProfile Profile, IReadOnlyList<ContactRecord> History, double Risk, bool AtRiskHighValue)
{
    public string CustomerId => Profile.CustomerId;
}

/// <summary>The two groups every figure is split by, and the whole population of callers.</summary>
internal static class ChurnGroups
{
    public const string AtRiskHighValue = "at-risk high-value";
    public const string Others = "everyone else";
    public const string All = "all";

    public static IReadOnlyList<string> Each { get; } = [AtRiskHighValue, Others, All];

    public static bool Contains(string group, bool atRiskHighValue) =>
        group == All || (group == AtRiskHighValue) == atRiskHighValue;
}

/// <summary>
/// The demo's hidden churn process for one customer: the chance that the contact just ended (the last of history)
/// is the one that makes them leave, from their profile and history as of the moment it ended.
/// </summary>
internal delegate double HiddenChurnHazard(CustomerProfile profile, IReadOnlyList<ContactRecord> history, DateTimeOffset at);
