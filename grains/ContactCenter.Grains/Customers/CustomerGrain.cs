using ContactCenter.Grains.Hosting;

namespace ContactCenter.Grains;

/// <summary>One customer: profile, tier from lifetime value, churn risk, and a capped recent history.</summary>
public sealed class CustomerGrain(
    [PersistentState("customer", ContactCenterSiloExtensions.StorageName)] IPersistentState<CustomerState> state,
    TimeProvider time) : Grain, ICustomerGrain
{
    /// <summary>Contacts kept on the grain; enough for a screen pop and churn features.</summary>
    public const int HistoryCap = 50;

    private string CustomerId => this.GetPrimaryKeyString();

    public async Task<CustomerSnapshot> Upsert(CustomerProfile profile)
    {
        if (profile.CustomerId != CustomerId)
            throw ContactCenterException.Invalid("customerId", $"customerId '{profile.CustomerId}' does not match '{CustomerId}'.");
        if (string.IsNullOrWhiteSpace(profile.Name))
            throw ContactCenterException.Invalid("name", "name is required.");
        if (!(profile.LifetimeValue >= 0))
            throw ContactCenterException.Invalid("lifetimeValue", "lifetimeValue must be zero or more.");
        if (profile.ChurnRisk is < 0 or > 1 or double.NaN)
            throw ContactCenterException.Invalid("churnRisk", "churnRisk must be between 0 and 1.");
        state.State.Profile = profile;
        await state.WriteStateAsync();
        return Snapshot();
    }

    public Task<CustomerSnapshot> GetSnapshot() =>
        state.State.Profile is null ? throw ContactCenterException.NotFound("Customer", CustomerId) : Task.FromResult(Snapshot());

    public Task<CustomerRoutingInfo> GetRoutingInfo() => Task.FromResult(state.State.Profile is { } p
        ? new CustomerRoutingInfo(p.CustomerId, p.Tier, p.LifetimeValue, p.ChurnRisk)
        : CustomerRoutingInfo.Anonymous(CustomerId));

    public async Task AppendContact(ContactRecord contact)
    {
        // A caller we have never seen still gets a record, so their next contact shows this one.
        state.State.Profile ??= new CustomerProfile(CustomerId, CustomerId, 0, time.GetUtcNow());
        var history = state.State.History;
        if (history.Any(h => h.InteractionId == contact.InteractionId)) return;
        history.Add(contact);
        if (history.Count > HistoryCap) history.RemoveRange(0, history.Count - HistoryCap);
        try { await state.WriteStateAsync(); }
        catch
        {
            // Not stored: forget it here too, so the caller's retry writes it instead of finding it "already there".
            history.RemoveAll(h => h.InteractionId == contact.InteractionId);
            throw;
        }
    }

    public async Task SetChurnRisk(double risk)
    {
        if (risk is < 0 or > 1 or double.NaN) throw ContactCenterException.Invalid("churnRisk", "churnRisk must be between 0 and 1.");
        var profile = state.State.Profile ?? throw ContactCenterException.NotFound("Customer", CustomerId);
        state.State.Profile = profile with { ChurnRisk = risk };
        await state.WriteStateAsync();
    }

    private CustomerSnapshot Snapshot()
    {
        var p = state.State.Profile!;
        return new CustomerSnapshot(p, p.Tier, state.State.History.AsEnumerable().Reverse().ToArray());
    }
}

[GenerateSerializer, Alias("cc.customer-state")]
public sealed class CustomerState
{
    [Id(0)] public CustomerProfile? Profile { get; set; }
    [Id(1)] public List<ContactRecord> History { get; set; } = [];
}
