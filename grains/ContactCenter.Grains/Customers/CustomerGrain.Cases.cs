namespace ContactCenter.Grains;

/// <summary>
/// The customer's cases as their case grains report them: the screen pop shows the open ones, and open,
/// escalated and breached cases are churn features, so a breach rescores the customer at once.
/// </summary>
public sealed partial class CustomerGrain
{
    /// <summary>Cases kept per customer; the oldest closed ones go first.</summary>
    public const int CaseCap = 100;

    public async Task RecordCase(CustomerCase customerCase)
    {
        if (customerCase is null) throw ContactCenterException.Invalid("customerCase", "A case is required.");
        Ids.Require(customerCase.CaseId, "caseId");
        if (S.Profile is null) throw ContactCenterException.NotFound("Customer", CustomerId);
        if (S.Cases is { } known && known.TryGetValue(customerCase.CaseId, out var seen) && (seen == customerCase || seen.UpdatedAt > customerCase.UpdatedAt)) return;
        await Commit(() =>
        {
            var cases = S.Cases ??= [];
            cases[customerCase.CaseId] = customerCase;
            foreach (var old in cases.Values.Where(c => !c.Status.IsOpen()).OrderBy(c => c.UpdatedAt).Take(Math.Max(0, cases.Count - CaseCap)).ToList())
                cases.Remove(old.CaseId);
        }, scorer.Current);
    }

    public Task<IReadOnlyList<CustomerCase>> GetCases(bool openOnly = true) =>
        Task.FromResult<IReadOnlyList<CustomerCase>>(S.CaseList
            .Where(c => !openOnly || c.Status.IsOpen()).OrderByDescending(c => c.UpdatedAt).ToArray());

    private bool SameCases(CustomerState before) =>
        before.CaseCount == S.CaseCount && (before.Cases ?? []).All(kv => S.Cases!.TryGetValue(kv.Key, out var now) && now == kv.Value);
}
