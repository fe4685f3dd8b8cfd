using System.Security.Claims;
using ContactCenter.Dashboard.Auth;

namespace ContactCenter.Dashboard.Components.Layout;

/// <summary>A page in the app bar. FullLoad for pages outside Blazor (the Orleans dashboard).</summary>
public sealed record AppLink(string Href, string Label, string TestId, bool FullLoad = false);

/// <summary>The app bar's pages for a user: each role's own pages, in the order they are used.</summary>
public static class AppLinks
{
    public static IReadOnlyList<AppLink> For(ClaimsPrincipal user)
    {
        var links = new List<AppLink>();
        if (user.IsInRole(Roles.Agent)) links.Add(new(Landing.Agent, "Console", "nav-agent"));
        if (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin))
        {
            // The wallboard's tiles are the queue list: each opens /queues/{id}.
            links.Add(new(Landing.Supervisor, "Wallboard", "nav-wallboard"));
            links.Add(new("/agents", "Agents", "nav-agents"));
        }
        if (user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Analyst))
            links.Add(new("/cases", "Cases", "nav-cases"));
        if (user.IsInRole(Roles.Analyst) || user.IsInRole(Roles.Admin))
        {
            links.Add(new(Landing.Analyst, "At-risk customers", "link-at-risk"));
            links.Add(new("/analyst/model", "Churn model", "link-model"));
        }
        if (KnowledgePolicies.CanWrite(user) || user.IsInRole(Roles.Analyst)) links.Add(new("/knowledge", "Knowledge", "nav-knowledge"));
        if (user.IsInRole(Roles.Admin)) links.Add(new("/orleans/", "Orleans", "link-orleans", FullLoad: true));
        return links;
    }
}
