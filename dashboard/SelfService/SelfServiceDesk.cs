using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.SelfService;

/// <summary>Public article search: the hits, or Available false when the knowledge base cannot answer now.</summary>
public sealed record ArticleSearch(bool Available, IReadOnlyList<KnowledgeHit> Hits)
{
    public static ArticleSearch Unavailable { get; } = new(false, []);
}

/// <summary>
/// The customer's side of the center, for the public help page and API: each call is throttled per client address,
/// made as the actor "customer", and answered by the owning grain (which validates). A wrong reference or token is
/// counted against the address, so tokens cannot be guessed.
/// </summary>
public sealed class SelfServiceDesk(IGrainFactory grains, SelfServiceThrottle throttle, ILogger<SelfServiceDesk> logger)
{
    public const string CustomerActor = "customer";
    private const int ReferenceDraws = 3;
    public const int ArticlesShown = 10;

    public Task<IReadOnlyList<SelfServiceProduct>> Products() => Catalog().GetProducts();

    public async Task<ServiceRequestReceipt> Open(ServiceRequestForm form, string address)
    {
        throttle.BeforeOpen(address);
        Actor.Set(CustomerActor);
        for (var draw = 1; ; draw++)
        {
            try
            {
                var receipt = await grains.GetGrain<ISelfServiceRequestGrain>(SelfServiceReferences.New()).Open(form);
                throttle.Opened(address);
                return receipt;
            }
            catch (ContactCenterException e) when (e.Kind == ErrorKind.Conflict && draw < ReferenceDraws)
            {
                logger.LogWarning("A drawn self-service reference was in use; drawing another");
            }
        }
    }

    public async Task<ServiceRequestView> View(string? reference, string? token, string address)
    {
        throttle.Lookup(address);
        Actor.Set(CustomerActor);
        return await Counted(address, Request(reference)?.View(token));
    }

    public async Task<ServiceRequestView> Comment(string? reference, string? token, string? text, string address)
    {
        throttle.Lookup(address);
        Actor.Set(CustomerActor);
        return await Counted(address, Request(reference)?.Comment(token, text));
    }

    /// <summary>Published public articles only; a knowledge base that cannot answer is "unavailable", a bad query a 400.</summary>
    public async Task<ArticleSearch> SearchArticles(string? text, string address)
    {
        throttle.Search(address);
        Actor.Set(CustomerActor);
        try
        {
            var hits = await grains.GetGrain<IKnowledgeIndexGrain>("center").Search(new KnowledgeQuery(text, PublicOnly: true, Take: ArticlesShown));
            return new ArticleSearch(true, hits.Where(h => h.Visibility == ArticleVisibility.Public).ToArray());
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid) { throw; }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The knowledge search could not answer the help page");
            return ArticleSearch.Unavailable;
        }
    }

    /// <summary>A published public article, or null (unknown, internal, not published, or the knowledge base cannot answer).</summary>
    public async Task<KnowledgeArticle?> PublicArticle(string? articleId, string address)
    {
        throttle.Search(address);
        if (articleId is null || !ContactCenter.Contracts.Validation.Ids.IsValid(articleId)) return null;
        try
        {
            var article = await grains.GetGrain<IKnowledgeArticleGrain>(articleId).Get();
            return article is { Status: ArticleStatus.Published, Visibility: ArticleVisibility.Public } ? article : null;
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Article {ArticleId} is not shown on the help page", articleId);
            return null;
        }
    }

    private ISelfServiceCatalogGrain Catalog() => grains.GetGrain<ISelfServiceCatalogGrain>(SelfServiceReferences.CatalogKey);

    private ISelfServiceRequestGrain? Request(string? reference) =>
        SelfServiceReferences.Normalize(reference) is { } canonical ? grains.GetGrain<ISelfServiceRequestGrain>(canonical) : null;

    /// <summary>A malformed reference gets the same refusal as a wrong token; both count against the address.</summary>
    private async Task<ServiceRequestView> Counted(string address, Task<ServiceRequestView>? call)
    {
        try { return await (call ?? throw SelfServiceReferences.Refusal()); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound)
        {
            throttle.Failed(address);
            throw SelfServiceReferences.Refusal();
        }
    }
}
