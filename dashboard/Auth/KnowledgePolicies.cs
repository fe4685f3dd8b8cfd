using Microsoft.AspNetCore.Authorization;

namespace ContactCenter.Dashboard.Auth;

/// <summary>
/// Who may reach the knowledge base: every staff role reads and searches; agents, supervisors and admins write
/// drafts; the article grain itself refuses Approve, Publish and Retire to anyone but supervisors and admins (403).
/// </summary>
public static class KnowledgePolicies
{
    public const string Read = "knowledge-read";
    public const string Write = "knowledge-write";
    public const string Insights = "knowledge-insights";

    public static AuthorizationBuilder AddKnowledgePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Read, p => p.RequireRole(Roles.Agent, Roles.Supervisor, Roles.Admin, Roles.Analyst))
        .AddPolicy(Write, p => p.RequireRole(Roles.Agent, Roles.Supervisor, Roles.Admin))
        .AddPolicy(Insights, p => p.RequireRole(Roles.Analyst, Roles.Supervisor, Roles.Admin));

    /// <summary>Whether the user may move articles through Approve, Publish and Retire (the grain decides; pages only hide buttons).</summary>
    public static bool CanPublish(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    public static bool CanWrite(System.Security.Claims.ClaimsPrincipal user) => CanPublish(user) || user.IsInRole(Roles.Agent);
}
