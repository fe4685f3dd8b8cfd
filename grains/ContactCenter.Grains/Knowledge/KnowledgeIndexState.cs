namespace ContactCenter.Grains.Knowledge;

/// <summary>
/// The index's durable part: which articles exist (to rebuild the Lucene index from them after a silo dies) and the
/// analyst's search counts. The Lucene index itself is in memory and rebuilt on activation.
/// </summary>
[GenerateSerializer, Alias("cc.knowledge-index-state")]
public sealed class KnowledgeIndexState
{
    [Id(0)] public HashSet<string> ArticleIds { get; set; } = [];
    [Id(1)] public Dictionary<string, ZeroResultSearch> ZeroResults { get; set; } = [];
    [Id(2)] public long Searches { get; set; }
    [Id(3)] public long ZeroResultCount { get; set; }
}
