using System.Security.Claims;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Call controls: supervisors and admins (and adapters signed in as them) on any call, an agent only on a call
/// it is on. The telephony port does the work; the interaction grain decides whether it may.
/// </summary>
internal static class CallEndpoints
{
    public static void MapCallEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/interactions/{id}").WithTags("Call controls")
            .RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.Admin, Roles.Agent))
            .AddEndpointFilter(OnlyOwnCalls);
        group.MapPost("/hold", (string id, CallCommands c) => c.Hold(id)).WithSummary("Put the caller on hold");
        group.MapPost("/resume", (string id, CallCommands c) => c.Resume(id)).WithSummary("Take the caller off hold");
        group.MapPost("/mute", (string id, CallCommands c) => c.Mute(id)).WithSummary("Mute the agent's microphone");
        group.MapPost("/unmute", (string id, CallCommands c) => c.Unmute(id)).WithSummary("Unmute the agent's microphone");
        group.MapPost("/dial", (string id, CallbackCommands c) => c.Dial(id)).WithSummary("Dial the customer of a callback the agent holds; no answer or busy is retried 10 minutes later, 3 tries in all");
        group.MapPost("/hangup", (string id, CallCommands c) => c.HangUp(id)).WithSummary("The agent ends the call and enters wrap-up");
        group.MapPost("/consult", (string id, ConsultRequest r, CallCommands c) => c.Consult(id, r))
            .WithSummary("Consult another agent, or the first free agent of a queue, with the caller on hold");
        group.MapPost("/consult/transfer", (string id, CallCommands c) => c.TransferToConsulted(id))
            .WithSummary("Give the call to the consulted agent; the first agent enters wrap-up");
        group.MapPost("/consult/conference", (string id, CallCommands c) => c.Conference(id)).WithSummary("Join the caller and both agents");
        group.MapPost("/consult/cancel", (string id, CallCommands c) => c.CancelConsult(id)).WithSummary("End the consult; the caller stays on hold");
        group.WithOpenApiResponses();
    }

    private static async ValueTask<object?> OnlyOwnCalls(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin)) return await next(context);
        var id = context.HttpContext.Request.RouteValues["id"] as string ?? "";
        var agentId = user.FindFirstValue(Roles.AgentIdClaim);
        var calls = context.HttpContext.RequestServices.GetRequiredService<CallCommands>();
        if (agentId is null || !await calls.IsOnTheCall(id, agentId))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: $"Agent '{agentId}' is not on interaction '{id}'.");
        return await next(context);
    }
}
