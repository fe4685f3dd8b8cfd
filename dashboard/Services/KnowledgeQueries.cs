using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>Reads of the knowledge base for the API and the pages: one article, the article list, search and the analyst view.</summary>
public sealed class KnowledgeQueries(IGrainFactory grains)
{
    public const string Center = "center";

    public Task<KnowledgeArticle> Get(string articleId) => grains.GetGrain<IKnowledgeArticleGrain>(articleId).Get();

    public Task<ArticlePage> List(ArticleListQuery query) => Index.List(query);

    public Task<IReadOnlyList<KnowledgeHit>> Search(KnowledgeQuery query) => Index.Search(query);

    public Task<KnowledgeInsights> Insights(int take = 10) => Index.GetInsights(take);

    /// <summary>
    /// The top articles for a piece of work: its topic words as text, narrowed to the case's product when that
    /// product has published articles; without any words, the product's most resolving articles.
    /// </summary>
    public async Task<IReadOnlyList<KnowledgeHit>> Suggest(string? topic, string? product, int take = 3)
    {
        var text = string.IsNullOrWhiteSpace(topic) ? null : Clip(topic.Trim(), KnowledgeQuery.MaxText);
        var label = string.IsNullOrWhiteSpace(product) ? null : Clip(product.Trim(), ArticleDraft.MaxLabel);
        if (text is null && label is null) return [];
        if (label is not null)
        {
            var forProduct = await Index.Search(new KnowledgeQuery(text, label, Take: take, Suggestion: true));
            if (forProduct.Count > 0 || text is null) return forProduct;
        }
        return await Index.Search(new KnowledgeQuery(text, Take: take, Suggestion: true));
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];

    private IKnowledgeIndexGrain Index => grains.GetGrain<IKnowledgeIndexGrain>(Center);
}
