using ContactCenter.Dashboard.Auth;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

internal static class AgentEndpoints
{
    public static void MapAgentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agents").WithTags("Agents");
        group.MapGet("/", (CenterQueries q) => q.Agents()).WithSummary("Every agent's state").RequireAuthorization(ApiAuthorization.Read);
        group.MapGet("/{id}", (string id, AgentCommands c) => c.Get(id)).WithSummary("One agent's state").RequireAuthorization(ApiAuthorization.AgentSelfOrRead);
        group.MapPut("/{id}", (string id, AgentProfile profile, AgentCommands c) => c.Configure(id, profile))
            .WithSummary("Create or update an agent's profile, skills and capacity").RequireAuthorization(ApiAuthorization.Operate);
        group.MapPost("/{id}/login", (string id, AgentCommands c) => c.Login(id)).WithSummary("LoggedOut → NotReady(login)").RequireAuthorization(ApiAuthorization.AgentSelf);
        group.MapPost("/{id}/ready", (string id, AgentCommands c) => c.Ready(id)).WithSummary("Ready; pulls the best waiting work").RequireAuthorization(ApiAuthorization.AgentSelf);
        group.MapPost("/{id}/not-ready", (string id, NotReadyRequest r, AgentCommands c) => c.NotReady(id, r)).WithSummary("NotReady with a reason").RequireAuthorization(ApiAuthorization.AgentSelf);
        group.MapPost("/{id}/logout", (string id, AgentCommands c) => c.Logout(id)).WithSummary("Log out (not while holding work)").RequireAuthorization(ApiAuthorization.AgentSelf);
        group.MapPost("/{id}/accept", (string id, InteractionRequest r, AgentCommands c) => c.Accept(id, r)).WithSummary("Accept an offer").RequireAuthorization(ApiAuthorization.AgentSelf);
        group.MapPost("/{id}/decline", (string id, InteractionRequest r, AgentCommands c) => c.Decline(id, r)).WithSummary("Decline an offer").RequireAuthorization(ApiAuthorization.AgentSelf);
        group.MapPost("/{id}/complete", (string id, CompleteRequest r, AgentCommands c) => c.Complete(id, r))
            .WithSummary("Finish an interaction with a wrap-up code and notes").RequireAuthorization(ApiAuthorization.AgentSelf);
        group.WithOpenApiResponses();
    }
}
