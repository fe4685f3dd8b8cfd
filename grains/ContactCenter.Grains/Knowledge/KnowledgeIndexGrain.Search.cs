namespace ContactCenter.Grains.Knowledge;

/// <summary>Search: Lucene relevance over the published text, re-ranked by usage (<see cref="KnowledgeRanking"/>).</summary>
public sealed partial class KnowledgeIndexGrain
{
    public Task<IReadOnlyList<KnowledgeHit>> Search(KnowledgeQuery query)
    {
        if (query is null) throw ContactCenterException.Invalid("body", "A search query is required.");
        query.Validate();
        var text = query.Text?.Trim() ?? "";
        var hits = text.Length == 0 ? Browse(query) : Match(query, text);
        if (query.Suggestion) return Task.FromResult<IReadOnlyList<KnowledgeHit>>(hits);
        state.State.Searches++;
        _countsChanged = true;
        if (hits.Count == 0 && text.Length > 0)
        {
            state.State.ZeroResultCount++;
            ZeroResultLog.Count(state.State.ZeroResults, text, time.GetUtcNow());
        }
        return Task.FromResult<IReadOnlyList<KnowledgeHit>>(hits);
    }

    private List<KnowledgeHit> Match(KnowledgeQuery query, string text)
    {
        var found = _lucene.Search(text, query.Product, query.Tags, query.PublicOnly, KnowledgeRanking.Window(query.Take));
        if (found.Count == 0) return [];
        var terms = _lucene.Terms(text);
        var hits = found.Where(f => _entries.ContainsKey(f.ArticleId))
            .Select(f => Hit(_entries[f.ArticleId], f.Relevance, _lucene.FirstMatch(_plainBodies[f.ArticleId], terms)));
        return KnowledgeRanking.Order(hits).Take(query.Take).ToList();
    }

    /// <summary>No text: the published articles of the product (and tags) that resolve most.</summary>
    private List<KnowledgeHit> Browse(KnowledgeQuery query)
    {
        var live = _entries.Values.Where(e => e.Live is { } l
            && (query.Product is not { } product || l.Products.Contains(product.Trim(), StringComparer.OrdinalIgnoreCase))
            && (query.Tags ?? []).All(t => l.Tags.Contains(t.Trim(), StringComparer.OrdinalIgnoreCase))
            && (!query.PublicOnly || l.Visibility == ArticleVisibility.Public));
        return KnowledgeRanking.Order(live.Select(e => Hit(e, 1.0, null))).Take(query.Take).ToList();
    }

    private KnowledgeHit Hit(KnowledgeIndexEntry e, double relevance, (int, int)? match)
    {
        var live = e.Live!;
        var snippet = PlainText.Snippet(_plainBodies[e.ArticleId], match);
        return new KnowledgeHit(e.ArticleId, live.Title, snippet, live.Products, live.Tags, live.Visibility,
            relevance, e.Uses, e.Resolutions, KnowledgeRanking.Score(relevance, e.Resolutions));
    }
}
