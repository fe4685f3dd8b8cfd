using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Callbacks as an IVR or telephony adapter asks for them: the waiting caller chooses to be called back at a time
/// (or as soon as possible). The interaction grain validates (400 naming "at", 404, 409); the agent's dial is a call control.
/// </summary>
internal static class CallbackEndpoints
{
    public static void MapCallbackEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/interactions").WithTags("Interactions");
        group.MapPost("/{id}/callback", async (string id, CallbackRequest? request, CallbackCommands commands) =>
        {
            var callback = await commands.Request(id, request?.At);
            return TypedResults.Created($"/api/interactions/{Uri.EscapeDataString(callback.InteractionId)}", callback);
        }).WithSummary("The waiting caller chooses a callback at 'at' (UTC, within 7 days) or, without it, as soon as possible; returns the callback interaction")
            .RequireAuthorization(ApiAuthorization.Operate);
        group.WithOpenApiResponses();
    }
}

/// <summary>When to call back; null means as soon as possible.</summary>
public sealed record CallbackRequest(DateTimeOffset? At);
