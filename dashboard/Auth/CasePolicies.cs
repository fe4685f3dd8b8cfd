using System.Security.Claims;
using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Auth;

/// <summary>Who may reach the case endpoints at all; which case is checked per request.</summary>
public static class CasePolicies
{
    public const string Anyone = "api-cases";

    public static bool CanOperate(ClaimsPrincipal user) => user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    /// <summary>The agent id of a user who is only an agent (no supervisor, admin or analyst role); null otherwise.</summary>
    public static string? AgentOnly(ClaimsPrincipal user) =>
        CanOperate(user) || user.IsInRole(Roles.Analyst) ? null
        : user.IsInRole(Roles.Agent) ? user.FindFirstValue(Roles.AgentIdClaim) ?? "" : null;

    /// <summary>Whose escalation notices a user sees: supervisors the supervisors', admins the managers' too; others none.</summary>
    public static IReadOnlyCollection<NotificationAudience> NoticeAudiences(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? [NotificationAudience.Supervisors, NotificationAudience.Managers]
        : user.IsInRole(Roles.Supervisor) ? [NotificationAudience.Supervisors] : [];
}
