namespace ContactCenter.Contracts;

/// <summary>
/// What an article tells the index after each change: its status and counts for the list, and the published text
/// (Live) that search finds, which stays in search while a new version is drafted. Revision orders the updates.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.knowledge-index-entry")]
public sealed record KnowledgeIndexEntry(
    [property: Id(0)] string ArticleId,
    [property: Id(1)] long Revision,
    [property: Id(2)] string Title,
    [property: Id(3)] ArticleStatus Status,
    [property: Id(4)] int Version,
    [property: Id(5)] ArticleVisibility Visibility,
    [property: Id(6)] IReadOnlyList<string> Products,
    [property: Id(7)] IReadOnlyList<string> Tags,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] int Uses,
    [property: Id(10)] int Resolutions,
    [property: Id(11)] ArticleDraft? Live,
    [property: Id(12)] int? LiveVersion);

/// <summary>One page of the article list for the management page; Status null lists every status.</summary>
[GenerateSerializer, Immutable, Alias("cc.article-list-query")]
public sealed record ArticleListQuery(
    [property: Id(0)] ArticleStatus? Status = null,
    [property: Id(1)] string? Text = null,
    [property: Id(2)] int Skip = 0,
    [property: Id(3)] int Take = 50)
{
    public const int MaxTake = 200;

    public void Validate()
    {
        if (Status is { } status && !Enum.IsDefined(status)) throw ContactCenterException.Invalid("status", "status must be Draft, Approved, Published or Retired.");
        Validation.Bounds.RequireOptionalText(Text, "text", KnowledgeQuery.MaxText);
        Validation.Bounds.RequireRange(Skip, "skip", 0, 1_000_000);
        Validation.Bounds.RequireRange(Take, "take", 1, MaxTake);
    }
}

/// <summary>An article as the list shows it: newest change first.</summary>
[GenerateSerializer, Immutable, Alias("cc.article-summary")]
public sealed record ArticleSummary(
    [property: Id(0)] string ArticleId,
    [property: Id(1)] string Title,
    [property: Id(2)] ArticleStatus Status,
    [property: Id(3)] int Version,
    [property: Id(4)] int? LiveVersion,
    [property: Id(5)] ArticleVisibility Visibility,
    [property: Id(6)] IReadOnlyList<string> Products,
    [property: Id(7)] IReadOnlyList<string> Tags,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] int Uses,
    [property: Id(10)] int Resolutions);

/// <summary>A page of articles and how many match in all, with the count per status.</summary>
[GenerateSerializer, Immutable, Alias("cc.article-page")]
public sealed record ArticlePage(
    [property: Id(0)] IReadOnlyList<ArticleSummary> Items,
    [property: Id(1)] int Total,
    [property: Id(2)] IReadOnlyDictionary<ArticleStatus, int> ByStatus);

/// <summary>A search text that found nothing: normalised (lower case, single spaces), how often and when last.</summary>
[GenerateSerializer, Immutable, Alias("cc.zero-result-search")]
public sealed record ZeroResultSearch(
    [property: Id(0)] string Text,
    [property: Id(1)] int Count,
    [property: Id(2)] DateTimeOffset LastSeen);

/// <summary>The analyst view: the articles that resolve most cases, and the searches that found nothing.</summary>
[GenerateSerializer, Immutable, Alias("cc.knowledge-insights")]
public sealed record KnowledgeInsights(
    [property: Id(0)] IReadOnlyList<ArticleSummary> TopResolving,
    [property: Id(1)] IReadOnlyList<ZeroResultSearch> ZeroResultSearches,
    [property: Id(2)] long Searches,
    [property: Id(3)] long ZeroResults);
