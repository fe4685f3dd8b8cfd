using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.SelfService;

/// <summary>The products on the help page and their queues; the built-in list answers until someone puts one.</summary>
public sealed class SelfServiceCatalogGrain(
    [PersistentState("self-service-catalog", GrainStorage.Name)] IPersistentState<SelfServiceCatalogState> state,
    ILogger<SelfServiceCatalogGrain> logger) : Grain, ISelfServiceCatalogGrain
{
    /// <summary>The demo center's queues, by what a customer would call them.</summary>
    public static IReadOnlyList<SelfServiceProduct> BuiltIn { get; } =
    [
        new("billing", "Billing and payments", "billing"),
        new("internet", "Internet and devices", "tech-support"),
        new("plans", "Plans and upgrades", "sales"),
        new("account", "My account", "general"),
    ];

    public Task<IReadOnlyList<SelfServiceProduct>> GetProducts() =>
        Task.FromResult<IReadOnlyList<SelfServiceProduct>>(state.State.Products?.ToArray() ?? BuiltIn);

    public async Task<IReadOnlyList<SelfServiceProduct>> PutProducts(IReadOnlyList<SelfServiceProduct> products)
    {
        if (products is null) throw ContactCenterException.Invalid("products", "A list of products is required.");
        Bounds.RequireNoNulls(products, "products");
        Bounds.RequireCount(products, "products", SelfServiceProduct.MaxProducts, min: 1);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < products.Count; i++)
        {
            products[i].Validate($"products[{i}]");
            if (!seen.Add(products[i].ProductId))
                throw ContactCenterException.Invalid($"products[{i}].productId", $"product '{products[i].ProductId}' appears twice.");
        }
        for (var i = 0; i < products.Count; i++) await RequireQueue(products[i].QueueId, $"products[{i}].queueId");
        state.State.Products = products.ToList();
        await state.WriteStateAsync();
        logger.LogInformation("Self-service products set by {Actor}: {Count}", Actor.Current, products.Count);
        return products;
    }

    private async Task RequireQueue(string queueId, string field)
    {
        try { await GrainFactory.GetGrain<IQueueGrain>(queueId).GetConfig(); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { throw ContactCenterException.Invalid(field, e.Message); }
    }
}
