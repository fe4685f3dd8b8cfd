namespace ContactCenter.Grains;

[GenerateSerializer, Alias("cc.customer-state")]
public sealed class CustomerState
{
    [Id(0)] public CustomerProfile? Profile { get; set; }
    [Id(1)] public List<ContactRecord> History { get; set; } = [];
    [Id(2)] public CustomerChurn Churn { get; set; } = CustomerChurn.None;
    /// <summary>Null until the customer's first case: most customers never have one, and a million empty dictionaries cost 100 MB.</summary>
    [Id(3)] public Dictionary<string, CustomerCase>? Cases { get; set; }

    public int CaseCount => Cases?.Count ?? 0;

    public IReadOnlyCollection<CustomerCase> CaseList => Cases?.Values ?? (IReadOnlyCollection<CustomerCase>)[];

    /// <summary>A copy to put back when a write fails, so memory never holds what storage does not.</summary>
    public CustomerState Copy() => new() { Profile = Profile, History = [.. History], Churn = Churn, Cases = Cases is null ? null : new(Cases) };
}

/// <summary>
/// A customer's churn record: the last model score and its explanation, a capped risk history, and the
/// features frozen when the customer left (what training learns from).
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.customer-churn-state")]
public sealed record CustomerChurn(
    [property: Id(0)] string? ModelVersion,
    [property: Id(1)] DateTimeOffset? ScoredAt,
    [property: Id(2)] IReadOnlyList<FeatureContribution> Top,
    [property: Id(3)] IReadOnlyList<RiskPoint> History,
    [property: Id(4)] DateTimeOffset? ChurnedAt,
    [property: Id(5)] ChurnFeatures? FrozenFeatures)
{
    public const int HistoryCap = 100;

    /// <summary>A risk history point is added only for a move at least this big, or a different model.</summary>
    public const double MinMove = 0.01;

    /// <summary>The version recorded for a risk set by hand.</summary>
    public const string Manual = "manual";

    public static CustomerChurn None { get; } = new(null, null, [], [], null, null);

    public CustomerChurn Scored(double risk, string version, DateTimeOffset at, IReadOnlyList<FeatureContribution> top) =>
        this with { ModelVersion = version, ScoredAt = at, Top = top, History = WithPoint(new RiskPoint(at, risk, version)) };

    public CustomerChurn SetByHand(double risk, DateTimeOffset at) => this with { History = WithPoint(new RiskPoint(at, risk, Manual)) };

    private IReadOnlyList<RiskPoint> WithPoint(RiskPoint point)
    {
        var last = History.Count == 0 ? null : History[^1];
        if (last is not null && last.ModelVersion == point.ModelVersion && Math.Abs(last.Risk - point.Risk) < MinMove) return History;
        return History.Append(point).TakeLast(HistoryCap).ToArray();
    }
}
