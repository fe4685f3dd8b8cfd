namespace ContactCenter.Contracts;

/// <summary>
/// Which customer owns an email address, kept by the customer grains (a profile's Email registers it). Key: the
/// address, trimmed and lower-cased (see <see cref="EmailAddresses.Key"/>).
/// </summary>
public interface ICustomerEmailIndexGrain : IGrainWithStringKey
{
    /// <summary>The customer who gave this address, or null.</summary>
    Task<string?> Find();

    /// <summary>Registers (or, with null, releases) the address for a customer.</summary>
    Task Set(string? customerId);

    /// <summary>Releases the address only if this customer holds it (a customer who changed address lets the old one go).</summary>
    Task Release(string customerId);
}

public static class EmailAddresses
{
    public const int MaxLength = 254;

    /// <summary>The index key of an address: trimmed and lower-cased.</summary>
    public static string Key(string address) => address.Trim().ToLowerInvariant();
}
