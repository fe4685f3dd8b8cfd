using ContactCenter.Grains.Churn;
using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains;

/// <summary>One customer: profile, tier from lifetime value, churn risk, and a capped recent history.</summary>
public sealed partial class CustomerGrain(
    [PersistentState("customer", GrainStorage.Name)] IPersistentState<CustomerState> state,
    IChurnScorer scorer,
    SharedStrings strings,
    TimeProvider time,
    ILogger<CustomerGrain> logger) : Grain, ICustomerGrain
{
    /// <summary>Contacts kept on the grain; enough for a screen pop and churn features.</summary>
    public const int HistoryCap = 50;

    private string CustomerId => this.GetPrimaryKeyString();
    private CustomerState S => state.State;

    public async Task<CustomerSnapshot> Upsert(CustomerProfile profile)
    {
        Validate(profile);
        await CheckEmailFree(profile);
        var emailBefore = S.Profile?.Email;
        await Commit(() => S.Profile = profile, scorer.Current);
        await RegisterEmail(emailBefore);
        return Snapshot();
    }

    public Task<CustomerSnapshot> GetSnapshot() =>
        S.Profile is null ? throw ContactCenterException.NotFound("Customer", CustomerId) : Task.FromResult(Snapshot());

    public Task<CustomerRoutingInfo> GetRoutingInfo() => Task.FromResult(S.Profile is { } p
        ? new CustomerRoutingInfo(p.CustomerId, p.Tier, p.LifetimeValue, p.ChurnRisk)
        : CustomerRoutingInfo.Anonymous(CustomerId));

    public async Task AppendContact(ContactRecord contact)
    {
        // A customer record is created here for a caller never seen, so the key must be a real id.
        Ids.Require(CustomerId, "customerId");
        if (contact is null) throw ContactCenterException.Invalid("contact", "A contact record is required.");
        if (S.History.Any(h => h.InteractionId == contact.InteractionId)) return;
        await Commit(() =>
        {
            // A caller we have never seen still gets a record, so their next contact shows this one.
            S.Profile ??= new CustomerProfile(CustomerId, CustomerId, 0, time.GetUtcNow());
            S.History.Add(strings.Share(contact));
            if (S.History.Count > HistoryCap) S.History.RemoveRange(0, S.History.Count - HistoryCap);
        }, scorer.Current);
    }

    public async Task SetChurnRisk(double risk)
    {
        if (risk is < 0 or > 1 or double.NaN) throw ContactCenterException.Invalid("churnRisk", "churnRisk must be between 0 and 1.");
        var profile = S.Profile ?? throw ContactCenterException.NotFound("Customer", CustomerId);
        await Commit(() =>
        {
            S.Profile = profile with { ChurnRisk = risk };
            S.Churn = S.Churn.SetByHand(risk, time.GetUtcNow());
        }, model: null);
    }

    public async Task RecordSatisfaction(string interactionId, int score)
    {
        if (score is < 1 or > 5) throw ContactCenterException.Invalid("score", "score must be between 1 and 5.");
        if (S.Profile is null) throw ContactCenterException.NotFound("Customer", CustomerId);
        var at = S.History.FindIndex(h => h.InteractionId == interactionId);
        if (at < 0) throw ContactCenterException.NotFound("Contact", interactionId);
        await Commit(() => S.History[at] = S.History[at] with { Satisfaction = score }, scorer.Current);
    }

    private void Validate(CustomerProfile profile)
    {
        if (profile is null) throw ContactCenterException.Invalid("profile", "A customer profile is required.");
        Ids.Require(CustomerId, "customerId");
        if (profile.CustomerId != CustomerId)
            throw ContactCenterException.Invalid("customerId", $"customerId '{profile.CustomerId}' does not match '{CustomerId}'.");
        profile.Validate();
    }

    private CustomerSnapshot Snapshot()
    {
        var p = S.Profile!;
        return new CustomerSnapshot(p, p.Tier, S.History.AsEnumerable().Reverse().ToArray());
    }
}
