namespace ContactCenter.Grains.Knowledge;

/// <summary>
/// Score = relevance × (1 + ln(1 + resolutions)). Resolutions are outcomes (a case closed with the article attached),
/// unlike uses, which follow whatever was suggested first and would feed on themselves. The logarithm keeps a
/// popular article from burying a clearly better match: 1 resolution lifts ×1.7, 10 ×3.4, 100 ×5.6. Lucene's
/// relevance only compares hits of one query, which is all the product needs. Ties: more resolutions, more uses, id.
/// </summary>
public static class KnowledgeRanking
{
    /// <summary>How many of Lucene's best hits are re-ranked by usage; an article outside the window is not lifted into it.</summary>
    public static int Window(int take) => Math.Max(50, take * 5);

    public static double UsageFactor(int resolutions) => 1 + Math.Log(1 + Math.Max(0, resolutions));

    public static double Score(double relevance, int resolutions) => relevance * UsageFactor(resolutions);

    public static IEnumerable<KnowledgeHit> Order(IEnumerable<KnowledgeHit> hits) => hits
        .OrderByDescending(h => h.Score).ThenByDescending(h => h.Resolutions).ThenByDescending(h => h.Uses)
        .ThenBy(h => h.ArticleId, StringComparer.Ordinal);
}
