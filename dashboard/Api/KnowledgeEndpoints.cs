using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// The knowledge base under /api/knowledge: staff read and search, agents and up write drafts, and the article grain
/// lets only supervisors and admins approve, publish and retire (403 otherwise).
/// </summary>
internal static class KnowledgeEndpoints
{
    public static void MapKnowledgeEndpoints(this RouteGroupBuilder api)
    {
        var kb = api.MapGroup("/knowledge").WithTags("Knowledge").RequireAuthorization(KnowledgePolicies.Read);
        kb.MapGet("/articles", List).WithSummary("Articles of any status, newest change first; filter by status and text; skip and take page");
        kb.MapPost("/articles", Create).RequireAuthorization(KnowledgePolicies.Write).WithSummary("Create a Draft; articleId is optional");
        kb.MapGet("/articles/{id}", (string id, KnowledgeQueries q) => q.Get(id)).WithSummary("An article with its step history");
        kb.MapPut("/articles/{id}", (string id, ArticleRequest? body, KnowledgeCommands c) => c.Edit(id, Draft(body)))
            .RequireAuthorization(KnowledgePolicies.Write).WithSummary("Edit; an Approved or Published article returns to Draft as a new version (the published one stays in search)");
        kb.MapPost("/articles/{id}/approve", (string id, ArticleStepRequest? body, KnowledgeCommands c) => c.Approve(id, body?.Note))
            .WithSummary("Draft → Approved (supervisors and admins)");
        kb.MapPost("/articles/{id}/publish", (string id, ArticleStepRequest? body, KnowledgeCommands c) => c.Publish(id, body?.Note))
            .WithSummary("Approved → Published (supervisors and admins)");
        kb.MapPost("/articles/{id}/retire", (string id, ArticleStepRequest? body, KnowledgeCommands c) => c.Retire(id, body?.Note))
            .WithSummary("Any status → Retired, out of search (supervisors and admins)");
        kb.MapGet("/search", Search).WithSummary("Published articles by relevance × (1 + ln(1 + resolutions)); q may be empty when product or tag narrows");
        kb.MapGet("/insights", (KnowledgeQueries q, string? take) => q.Insights(CaseEndpoints.ParseInt(take, "take") ?? 10))
            .RequireAuthorization(KnowledgePolicies.Insights).WithSummary("Articles that resolve most cases and searches that found nothing");
        kb.WithOpenApiResponses();
    }

    private static Task<ArticlePage> List(KnowledgeQueries q, string? status, string? text, string? skip, string? take)
    {
        var query = new ArticleListQuery(CaseEndpoints.Parse<ArticleStatus>(status, "status"), string.IsNullOrWhiteSpace(text) ? null : text,
            CaseEndpoints.ParseInt(skip, "skip") ?? 0, CaseEndpoints.ParseInt(take, "take") ?? 50);
        return q.List(query);
    }

    private static async Task<IResult> Create(ArticleRequest? body, KnowledgeCommands c)
    {
        var draft = Draft(body);
        var id = body!.ArticleId ?? KnowledgeCommands.NewArticleId();
        ContactCenter.Contracts.Validation.Ids.Require(id, "articleId");
        var created = await c.Create(id, draft);
        return TypedResults.Created($"/api/knowledge/articles/{Uri.EscapeDataString(created.ArticleId)}", created);
    }

    private static Task<IReadOnlyList<KnowledgeHit>> Search(KnowledgeQueries queries, string? q, string? product, string[]? tag, string? take, string? publicOnly)
    {
        var query = new KnowledgeQuery(string.IsNullOrEmpty(q) ? null : q,
            string.IsNullOrWhiteSpace(product) ? null : product, tag is { Length: > 0 } ? tag : null,
            publicOnly is { Length: > 0 } p && (bool.TryParse(p, out var yes) ? yes : throw ContactCenterException.Invalid("publicOnly", "publicOnly must be true or false.")),
            CaseEndpoints.ParseInt(take, "take") ?? 5);
        return queries.Search(query);
    }

    private static ArticleDraft Draft(ArticleRequest? body)
    {
        if (body is null) throw new ApiValidationException("body", "A JSON request body is required.");
        return body.ToDraft();
    }
}
