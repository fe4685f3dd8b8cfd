namespace ContactCenter.Contracts;

/// <summary>
/// One knowledge article, durable in "cc". Every step validates first and changes nothing when refused (400 naming
/// the field, 404, 409 naming both states); the actor and when are kept on each step. Only Admin and Supervisor
/// publish (403 otherwise; the roles come from the RequestContext, see <see cref="Actor"/>). After each change the
/// article tells the knowledge index. Key: article id.
/// </summary>
public interface IKnowledgeArticleGrain : IGrainWithStringKey
{
    /// <summary>Creates a Draft. Repeating the same draft answers the article; a different one under this id is a conflict.</summary>
    Task<KnowledgeArticle> Create(ArticleDraft draft);

    /// <summary>Edits the text; a Draft stays Draft, an Approved or Published article goes back to Draft (new version).</summary>
    Task<KnowledgeArticle> Edit(ArticleDraft draft);

    Task<KnowledgeArticle> Approve(string? note = null);

    Task<KnowledgeArticle> Publish(string? note = null);

    Task<KnowledgeArticle> Retire(string? note = null);

    /// <summary>404 when the article was never created.</summary>
    Task<KnowledgeArticle> Get();

    /// <summary>An agent used the article (attached to a case, sent in a chat or email). Refused unless Published.</summary>
    Task<KnowledgeArticle> RecordUse(KnowledgeUse use);

    /// <summary>A case the article was attached to was resolved; counted once per case.</summary>
    Task RecordResolution(string caseId);

    /// <summary>What the index holds for this article; null when it was never created. The index rebuilds from it.</summary>
    Task<KnowledgeIndexEntry?> Describe();
}

/// <summary>
/// The center's knowledge search (Lucene.Net over the published articles, ranked relevance × usage), the article
/// list, and what searches found nothing. Key: "center".
/// </summary>
public interface IKnowledgeIndexGrain : IGrainWithStringKey
{
    /// <summary>Validates (400 naming the field) and searches; a search with no hit is counted for the analyst page.</summary>
    Task<IReadOnlyList<KnowledgeHit>> Search(KnowledgeQuery query);

    /// <summary>An article changed (one-way, from the article). An older revision than the one held is ignored.</summary>
    [OneWay]
    Task Update(KnowledgeIndexEntry entry);

    /// <summary>A page of articles of any status for the management page, newest change first.</summary>
    Task<ArticlePage> List(ArticleListQuery query);

    /// <summary>The articles that resolve most cases and the searches that found nothing (most frequent first).</summary>
    Task<KnowledgeInsights> GetInsights(int take = 10);
}
