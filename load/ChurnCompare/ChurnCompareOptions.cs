namespace ContactCenter.Load.ChurnCompare;

/// <summary>The two routing policies compared: churn-blind and churn-aware.</summary>
internal static class ChurnPolicies
{
    /// <summary>PriorityWeights.ChurnValue = 0 and no retention preference.</summary>
    public const string Blind = "blind";
    /// <summary>The demo center's weights and retention preferences.</summary>
    public const string Aware = "churn";
    public const string Both = "both";

    public static string Describe(string policy) => policy == Blind ? "churn-blind" : "churn-aware";
}

/// <summary>
/// `churn-compare` settings: the demo population (Customers from Seed), Hours of voice arrivals at PerMinute to the
/// first Agents demo agents, log-normal handle times (HandleSeconds mean) and exponential patience (PatienceSeconds mean).
/// </summary>
internal sealed record ChurnCompareOptions(
    IReadOnlyList<string> Policies, int Customers, double Hours, double PerMinute, int Agents, double HandleSeconds,
    double PatienceSeconds, int Seed, string Learner, string Speedup, double MaxWallSeconds, FileInfo Output)
{
    public double ArrivalWindowSeconds => Hours * 3600;
}
