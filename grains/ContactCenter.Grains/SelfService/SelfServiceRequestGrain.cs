using ContactCenter.Grains.Cases;
using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.SelfService;

/// <summary>
/// One self-service request: opens its case for a matched or new web customer, keeps only the token's salted hash,
/// and shows the customer-facing view (see <see cref="CustomerTimeline"/>) to whoever holds the token.
/// </summary>
public sealed class SelfServiceRequestGrain(
    [PersistentState("self-service", GrainStorage.Name)] IPersistentState<SelfServiceRequestState> state,
    TimeProvider time,
    ILogger<SelfServiceRequestGrain> logger) : Grain, ISelfServiceRequestGrain
{
    /// <summary>The longest comment a customer may add.</summary>
    public const int MaxComment = 4_000;

    private string Reference => this.GetPrimaryKeyString();
    private SelfServiceRequestState S => state.State;

    public async Task<ServiceRequestReceipt> Open(ServiceRequestForm form)
    {
        if (SelfServiceReferences.Normalize(Reference) != Reference)
            throw ContactCenterException.Invalid("reference", "reference must look like SR-XXXX-XXXX.");
        if (form is null) throw ContactCenterException.Invalid("body", "A request form is required.");
        form.Validate();
        if (S.CaseId is not null) throw ContactCenterException.Conflict($"Reference {Reference} is already in use.");
        var product = await Product(form.Product!);
        var email = form.Email!.Trim();
        var customerId = await WebCustomers.FindOrCreate(GrainFactory, email, form.Name!.Trim(), time.GetUtcNow(), logger);
        // Whoever called, the customer is the author of what they opened.
        Actor.Set(CaseGrain.CustomerAuthor);
        await GrainFactory.GetGrain<ICaseGrain>(Reference).Create(new CaseDraft(customerId, form.Subject!.Trim(), product.QueueId,
            CasePriority.Normal, Channel.Email, form.Description!.Trim(), product.Name, SelfServiceReference: Reference));

        var token = AccessToken.New();
        var salt = AccessToken.NewSalt();
        (S.CaseId, S.CustomerId, S.Salt, S.TokenHash, S.OpenedAt) = (Reference, customerId, salt, AccessToken.Hash(salt, token), time.GetUtcNow());
        await state.WriteStateAsync();
        logger.LogInformation("Self-service request {Reference} opened case in {QueueId} for {CustomerId}", Reference, product.QueueId, customerId);
        return new ServiceRequestReceipt(Reference, token);
    }

    public async Task<ServiceRequestView> View(string? token)
    {
        RequireToken(token);
        return CustomerTimeline.View(Reference, await Case().GetSnapshot());
    }

    public async Task<ServiceRequestView> Comment(string? token, string? text)
    {
        RequireToken(token);
        if (string.IsNullOrWhiteSpace(text)) throw ContactCenterException.Invalid("text", "text is required.");
        Bounds.RequireOptionalText(text, "text", MaxComment, multiLine: true);
        Actor.Set(CaseGrain.CustomerAuthor);
        var snapshot = await Case().AddCustomerMessage(new CustomerMessage(CaseEventKind.CustomerComment, text.Trim()));
        return CustomerTimeline.View(Reference, snapshot);
    }

    /// <summary>Same work and the same refusal for an unknown reference as for a wrong token.</summary>
    private void RequireToken(string? token)
    {
        if (!AccessToken.Matches(S.Salt, S.TokenHash, token)) throw SelfServiceReferences.Refusal();
    }

    private ICaseGrain Case() => GrainFactory.GetGrain<ICaseGrain>(S.CaseId!);

    private async Task<SelfServiceProduct> Product(string productId)
    {
        var products = await GrainFactory.GetGrain<ISelfServiceCatalogGrain>(SelfServiceReferences.CatalogKey).GetProducts();
        var product = products.FirstOrDefault(p => string.Equals(p.ProductId, productId, StringComparison.OrdinalIgnoreCase))
            ?? throw ContactCenterException.Invalid("product", "product must be one of the listed products.");
        try { await GrainFactory.GetGrain<IQueueGrain>(product.QueueId).GetConfig(); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound)
        {
            logger.LogWarning("Self-service product {ProductId} maps to queue {QueueId}, which does not exist", product.ProductId, product.QueueId);
            throw ContactCenterException.Invalid("product", "Requests about this product cannot be taken right now; choose another product or call us.");
        }
        return product;
    }
}
