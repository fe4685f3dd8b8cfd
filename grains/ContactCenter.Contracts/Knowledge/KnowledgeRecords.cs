using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>What an author writes: title, Markdown body, the products and tags it covers, and who may read it.</summary>
[GenerateSerializer, Immutable, Alias("cc.article-draft")]
public sealed record ArticleDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Body,
    [property: Id(2)] IReadOnlyList<string> Products,
    [property: Id(3)] IReadOnlyList<string> Tags,
    [property: Id(4)] ArticleVisibility Visibility = ArticleVisibility.Internal)
{
    public const int MaxTitle = 200;
    public const int MaxBody = 50_000;
    public const int MaxLabels = 20;
    public const int MaxLabel = 64;

    /// <summary>Refuses a blank or oversized title or body, a bad product or tag (naming products[i] or tags[i]) and an unknown visibility.</summary>
    public void Validate()
    {
        Bounds.RequireText(Title, "title", MaxTitle);
        if (string.IsNullOrWhiteSpace(Body)) throw ContactCenterException.Invalid("body", "body is required.");
        Bounds.RequireOptionalText(Body, "body", MaxBody, multiLine: true);
        ArticleLabels.Require(Products, "products", required: true);
        ArticleLabels.Require(Tags, "tags", required: true);
        if (!Enum.IsDefined(Visibility)) throw ContactCenterException.Invalid("visibility", "visibility must be Internal or Public.");
    }

    /// <summary>Record equality compares lists by reference; two drafts with the same text and labels are the same draft.</summary>
    public bool SameAs(ArticleDraft other) =>
        Title == other.Title && Body == other.Body && Visibility == other.Visibility
        && Products.SequenceEqual(other.Products) && Tags.SequenceEqual(other.Tags);
}

/// <summary>One lifecycle step: the status entered, who moved it and when.</summary>
[GenerateSerializer, Immutable, Alias("cc.article-step")]
public sealed record ArticleStep(
    [property: Id(0)] ArticleStatus To,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Note = null);

/// <summary>An article with its lifecycle history and how often it was used and resolved cases.</summary>
[GenerateSerializer, Immutable, Alias("cc.knowledge-article")]
public sealed record KnowledgeArticle(
    [property: Id(0)] string ArticleId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Body,
    [property: Id(3)] IReadOnlyList<string> Products,
    [property: Id(4)] IReadOnlyList<string> Tags,
    [property: Id(5)] ArticleVisibility Visibility,
    [property: Id(6)] ArticleStatus Status,
    [property: Id(7)] int Version,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] IReadOnlyList<ArticleStep> Steps,
    [property: Id(11)] int Uses,
    [property: Id(12)] int Resolutions,
    [property: Id(13)] int? LiveVersion = null)
{
    /// <summary>Whether a published version is in search: the Published status, or a Draft/Approved edit of a published article.</summary>
    public bool IsLive => LiveVersion is not null;
}

/// <summary>An agent used an article on an interaction or a case.</summary>
[GenerateSerializer, Immutable, Alias("cc.knowledge-use")]
public sealed record KnowledgeUse(
    [property: Id(0)] KnowledgeUseKind Kind,
    [property: Id(1)] string? InteractionId,
    [property: Id(2)] string? CaseId);

/// <summary>
/// A search. Text is free text (may be empty when Product or Tags narrow the list); PublicOnly limits the hits to
/// public articles (self-service always sets it). Only Published articles are ever returned. Suggestion marks a query
/// the console built from an interaction's attributes: it is not a search someone typed, so it is not counted.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.knowledge-query")]
public sealed record KnowledgeQuery(
    [property: Id(0)] string? Text,
    [property: Id(1)] string? Product = null,
    [property: Id(2)] IReadOnlyList<string>? Tags = null,
    [property: Id(3)] bool PublicOnly = false,
    [property: Id(4)] int Take = 5,
    [property: Id(5)] bool Suggestion = false)
{
    public const int MaxText = 500;
    public const int MaxTake = 50;

    /// <summary>Refuses oversized or control-character text, a bad product or tag, and a take outside 1..50.</summary>
    public void Validate()
    {
        Bounds.RequireOptionalText(Text, "text", MaxText);
        if (Product is not null) ArticleLabels.RequireOne(Product, "product");
        ArticleLabels.Require(Tags, "tags", required: false);
        Bounds.RequireRange(Take, "take", 1, MaxTake);
    }
}

/// <summary>One search hit: Score = text relevance combined with how often the article resolved cases.</summary>
[GenerateSerializer, Immutable, Alias("cc.knowledge-hit")]
public sealed record KnowledgeHit(
    [property: Id(0)] string ArticleId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Snippet,
    [property: Id(3)] IReadOnlyList<string> Products,
    [property: Id(4)] IReadOnlyList<string> Tags,
    [property: Id(5)] ArticleVisibility Visibility,
    [property: Id(6)] double Relevance,
    [property: Id(7)] int Uses,
    [property: Id(8)] int Resolutions,
    [property: Id(9)] double Score);
