namespace ContactCenter.Grains.Knowledge;

/// <summary>
/// An article's durable state. Current is the text being worked on; Live is the published text search finds, kept
/// while an edit of a published article waits for approval, as commercial knowledge bases keep the live version.
/// </summary>
[GenerateSerializer, Alias("cc.article-state")]
public sealed class ArticleState
{
    [Id(0)] public ArticleDraft? Current { get; set; }
    [Id(1)] public ArticleStatus Status { get; set; }
    [Id(2)] public int Version { get; set; }
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(5)] public List<ArticleStep> Steps { get; set; } = [];
    [Id(6)] public int Uses { get; set; }
    [Id(7)] public int Resolutions { get; set; }
    [Id(8)] public HashSet<string> ResolvedCases { get; set; } = [];
    [Id(9)] public ArticleDraft? Live { get; set; }
    [Id(10)] public int? LiveVersion { get; set; }
    /// <summary>Counts every saved change, so the index can drop an update that arrives after a newer one.</summary>
    [Id(11)] public long Revision { get; set; }

    public bool Exists => Current is not null;
}
