namespace ContactCenter.Grains.SelfService;

/// <summary>
/// The customer behind a web form: the one who registered the address, else a new web customer with a fresh id.
/// The answer to the form is the same either way, so it never tells whether an address is known.
/// </summary>
public static class WebCustomers
{
    public const string IdPrefix = "web-";

    public static async Task<string> FindOrCreate(IGrainFactory grains, string email, string name, DateTimeOffset now, ILogger logger)
    {
        if (await Known(grains, email, logger) is { } known) return known;
        var id = $"{IdPrefix}{Guid.NewGuid():N}";
        await grains.GetGrain<ICustomerGrain>(id).Upsert(new CustomerProfile(id, name, 0, now, Email: email));
        return id;
    }

    /// <summary>The index's customer when it and their profile exist; an index that cannot answer counts as no match.</summary>
    private static async Task<string?> Known(IGrainFactory grains, string email, ILogger logger)
    {
        try
        {
            var id = await grains.GetGrain<ICustomerEmailIndexGrain>(EmailAddresses.Key(email)).Find();
            if (id is null) return null;
            await grains.GetGrain<ICustomerGrain>(id).GetSnapshot();
            return id;
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "No customer matched a self-service email address");
            return null;
        }
    }
}
