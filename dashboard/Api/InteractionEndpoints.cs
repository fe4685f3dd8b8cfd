using ContactCenter.Dashboard.Auth;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

internal static class InteractionEndpoints
{
    public static void MapInteractionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/interactions").WithTags("Interactions");
        group.MapPost("/", async (CreateInteractionRequest request, InteractionCommands commands) =>
        {
            var created = await commands.Create(request);
            // A retry of the same request answers the same way: 201, same Location, the interaction as it now stands.
            return TypedResults.Created($"/api/interactions/{Uri.EscapeDataString(created.InteractionId)}", created);
        }).WithSummary("Create an interaction; entry rules (or queueId) choose its queue; 503 with Retry-After when this dashboard is at capacity")
            .RequireAuthorization(ApiAuthorization.Operate).RequireRateLimiting(CreateAdmission.Policy)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id}", (string id, InteractionCommands c) => c.Get(id)).WithSummary("Read an interaction and its timeline").RequireAuthorization(ApiAuthorization.Read);
        group.MapGet("/{id}/decision", (string id, InteractionCommands c) => c.LatestDecision(id))
            .WithSummary("Why the interaction went to its agent: candidates and scores").RequireAuthorization(ApiAuthorization.Read);
        group.MapPost("/{id}/answered", (string id, InteractionCommands c) => c.Answered(id)).WithSummary("Telephony: the offered agent answered").RequireAuthorization(ApiAuthorization.Operate);
        group.MapPost("/{id}/ended", (string id, InteractionCommands c) => c.Ended(id)).WithSummary("The customer side ended; the agent enters wrap-up").RequireAuthorization(ApiAuthorization.Operate);
        group.MapPost("/{id}/abandoned", (string id, InteractionCommands c) => c.Abandoned(id)).WithSummary("The caller hung up while waiting").RequireAuthorization(ApiAuthorization.Operate);
        group.MapPost("/{id}/transfer", (string id, TransferRequest request, InteractionCommands c) => c.Transfer(id, request))
            .WithSummary("Move to another queue or straight to an agent").RequireAuthorization(ApiAuthorization.Operate);
        group.MapPost("/{id}/satisfaction", (string id, SatisfactionRequest request, InteractionCommands c) => c.RecordSatisfaction(id, request))
            .WithSummary("A post-contact survey score (1-5) for a finished interaction; rescores its customer's churn risk").RequireAuthorization(ApiAuthorization.Operate);
        group.WithOpenApiResponses();
        api.MapCallEndpoints();
    }

    /// <summary>Documents the error responses every endpoint can give.</summary>
    internal static RouteGroupBuilder WithOpenApiResponses(this RouteGroupBuilder group)
    {
        group.ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
