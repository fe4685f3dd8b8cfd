using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Api;

/// <summary>A new or edited article; articleId is optional on create (give it to make retries idempotent).</summary>
public sealed record ArticleRequest(string? ArticleId, string? Title, string? Body, string[]? Products, string[]? Tags, ArticleVisibility? Visibility)
{
    public ArticleDraft ToDraft() => new(Title ?? "", Body ?? "", Products ?? [], Tags ?? [], Visibility ?? ArticleVisibility.Internal);
}

/// <summary>An optional note on a lifecycle step (approve, publish, retire).</summary>
public sealed record ArticleStepRequest(string? Note);
