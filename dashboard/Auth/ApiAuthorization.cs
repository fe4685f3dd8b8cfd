using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ContactCenter.Dashboard.Auth;

/// <summary>
/// Who may call which part of the HTTP API. Adapters and supervisors drive interactions and
/// configuration; analysts may read; an agent may act only as itself.
/// </summary>
public static class ApiAuthorization
{
    public const string Read = "api-read";
    public const string Operate = "api-operate";
    public const string AgentSelf = "api-agent-self";
    public const string AgentSelfOrRead = "api-agent-self-or-read";

    public static AuthorizationBuilder AddApiPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Read, p => p.RequireRole(Roles.Supervisor, Roles.Admin, Roles.Analyst))
        .AddPolicy(Operate, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
        .AddPolicy(CasePolicies.Anyone, p => p.RequireRole(Roles.Supervisor, Roles.Admin, Roles.Analyst, Roles.Agent))
        .AddPolicy(AgentSelf, p => p.RequireAssertion(ctx =>
            ctx.User.IsInRole(Roles.Supervisor) || ctx.User.IsInRole(Roles.Admin) || IsSelf(ctx)))
        .AddPolicy(AgentSelfOrRead, p => p.RequireAssertion(ctx =>
            ctx.User.IsInRole(Roles.Supervisor) || ctx.User.IsInRole(Roles.Admin) || ctx.User.IsInRole(Roles.Analyst) || IsSelf(ctx)));

    /// <summary>An agent user acting on the agent named in the route.</summary>
    private static bool IsSelf(AuthorizationHandlerContext ctx) =>
        ctx.User.IsInRole(Roles.Agent) && ctx.Resource is HttpContext http
        && http.Request.RouteValues.TryGetValue("id", out var id)
        && string.Equals(id as string, ctx.User.FindFirstValue(Roles.AgentIdClaim), StringComparison.Ordinal);

    /// <summary>API and hub callers get 401/403, not a redirect to the sign-in page.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs")
        || request.Path.StartsWithSegments(ContactCenter.Hosting.HealthEndpoints.Metrics);
}
