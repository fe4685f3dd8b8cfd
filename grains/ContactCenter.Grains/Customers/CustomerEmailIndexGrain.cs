using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains;

/// <summary>Which customer gave one email address. Key: the address as <see cref="EmailAddresses.Key"/> makes it. Durable.</summary>
public sealed class CustomerEmailIndexGrain(
    [PersistentState("customer-email", GrainStorage.Name)] IPersistentState<CustomerEmailIndexState> state) : Grain, ICustomerEmailIndexGrain
{
    public Task<string?> Find() => Task.FromResult(state.State.CustomerId);

    public async Task Set(string? customerId)
    {
        if (customerId is not null) Ids.Require(customerId, "customerId");
        if (state.State.CustomerId == customerId) return;
        state.State.CustomerId = customerId;
        await state.WriteStateAsync();
    }

    public async Task Release(string customerId)
    {
        if (state.State.CustomerId != customerId) return;
        state.State.CustomerId = null;
        await state.WriteStateAsync();
    }
}

[GenerateSerializer, Alias("cc.customer-email-index-state")]
public sealed class CustomerEmailIndexState
{
    [Id(0)] public string? CustomerId { get; set; }
}
