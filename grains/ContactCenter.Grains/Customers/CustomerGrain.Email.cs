namespace ContactCenter.Grains;

/// <summary>
/// The customer's email address in the center's address index: checked before the profile is saved (an address
/// another customer holds is refused, so the refusal changes nothing), registered after it is saved, and the old
/// address released when it changes.
/// </summary>
public sealed partial class CustomerGrain
{
    private ICustomerEmailIndexGrain EmailIndex(string address) => GrainFactory.GetGrain<ICustomerEmailIndexGrain>(EmailAddresses.Key(address));

    /// <summary>Refuses (Conflict) an address that another customer already gave.</summary>
    private async Task CheckEmailFree(CustomerProfile profile)
    {
        if (profile.Email is not { } email || SameAddress(email, S.Profile?.Email)) return;
        var holder = await EmailIndex(email).Find();
        if (holder is not null && holder != CustomerId)
            throw new ContactCenterException(ErrorKind.Conflict, $"The address {email} belongs to another customer ('{holder}').", "email");
    }

    /// <summary>After the save: the new address points here, the old one (if it changed) is let go.</summary>
    private async Task RegisterEmail(string? before)
    {
        var now = S.Profile?.Email;
        if (now is not null) await EmailIndex(now).Set(CustomerId);
        if (before is not null && !SameAddress(before, now)) await EmailIndex(before).Release(CustomerId);
    }

    private static bool SameAddress(string? a, string? b) =>
        a is not null && b is not null && EmailAddresses.Key(a) == EmailAddresses.Key(b);
}
