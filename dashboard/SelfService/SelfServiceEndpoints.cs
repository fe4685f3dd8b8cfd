using ContactCenter.Contracts;
using ContactCenter.Dashboard.Api;
using ContactCenter.Dashboard.Auth;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Dashboard.SelfService;

/// <summary>
/// The public self-service API, for a customer-facing website: no sign-in, the actor is "customer", and rates are
/// bounded per client address (429 with Retry-After). The token travels in the <see cref="TokenHeader"/> header,
/// never in the URL, so it is not written to access logs. A wrong token and an unknown reference are the same 404.
/// </summary>
internal static class SelfServiceEndpoints
{
    public const string TokenHeader = "X-Request-Token";

    public sealed record OpenRequestBody(string? Name, string? Email, string? Subject, string? Description, string? Product);
    public sealed record CommentBody(string? Text);
    public sealed record ProductItem(string ProductId, string Name);
    public sealed record Opened(string Reference, string Token, string Status);
    public sealed record ArticleItem(string ArticleId, string Title, string Snippet, IReadOnlyList<string> Products);
    public sealed record ArticleResults(bool Available, IReadOnlyList<ArticleItem> Articles);

    public static void MapSelfServiceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/self-service").WithTags("Self-service");
        var open = api.MapGroup("/self-service").WithTags("Self-service").AllowAnonymous();
        open.MapGet("/products", async (SelfServiceDesk desk) => (await desk.Products()).Select(p => new ProductItem(p.ProductId, p.Name)))
            .WithSummary("The products a request may be about");
        group.MapPut("/products", (IReadOnlyList<SelfServiceProduct>? body, IGrainFactory grains) =>
                grains.GetGrain<ISelfServiceCatalogGrain>(SelfServiceReferences.CatalogKey).PutProducts(body!))
            .RequireAuthorization(ApiAuthorization.Operate).WithSummary("Replace the product list and each product's queue (supervisors and admins)");
        open.MapPost("/requests", OpenRequest).WithSummary("Open a service request; the token in the answer is shown only this once");
        open.MapGet("/requests/{reference}", (string reference, HttpContext http, SelfServiceDesk desk) =>
                Limited(http, () => desk.View(reference, Token(http), Address(http))))
            .WithSummary($"Status and timeline; send the token in the {TokenHeader} header");
        open.MapPost("/requests/{reference}/comments", (string reference, CommentBody? body, HttpContext http, SelfServiceDesk desk) =>
                Limited(http, () => desk.Comment(reference, Token(http), body?.Text, Address(http))))
            .WithSummary($"Add a comment (reopens a request waiting on the customer); token in the {TokenHeader} header");
        open.MapGet("/articles", SearchArticles).WithSummary("Search the published public knowledge articles");
        group.WithOpenApiResponses();
        open.WithOpenApiResponses();
    }

    private static async Task<IResult> OpenRequest(OpenRequestBody? body, HttpContext http, SelfServiceDesk desk)
    {
        if (body is null) throw new ApiValidationException("body", "A JSON request body is required.");
        var form = new ServiceRequestForm(body.Name, body.Email, body.Subject, body.Description, body.Product);
        return await Limited(http, async () =>
        {
            var receipt = await desk.Open(form, Address(http));
            return Results.Created($"/api/self-service/requests/{receipt.Reference}",
                new Opened(receipt.Reference, receipt.Token, "Keep the token: it is shown only once and cannot be recovered."));
        });
    }

    /// <summary>Always 200 with "available": a knowledge base that cannot answer now is said so, not a server error.</summary>
    private static Task<IResult> SearchArticles(string? q, HttpContext http, SelfServiceDesk desk) => Limited(http, async () =>
    {
        var search = await desk.SearchArticles(q, Address(http));
        return new ArticleResults(search.Available, search.Hits.Select(h => new ArticleItem(h.ArticleId, h.Title, h.Snippet, h.Products)).ToArray());
    });

    private static async Task<IResult> Limited<T>(HttpContext http, Func<Task<T>> call)
    {
        // Answers may hold a token or a customer's timeline: never kept by a cache.
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            var result = await call();
            return result as IResult ?? Results.Ok(result);
        }
        catch (TooManyRequestsException e)
        {
            http.Response.Headers.RetryAfter = e.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = e.Message });
        }
    }

    private static string? Token(HttpContext http) => http.Request.Headers[TokenHeader].ToString() is { Length: > 0 } token ? token : null;

    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
