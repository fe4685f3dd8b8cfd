using Orleans.Runtime;

namespace ContactCenter.Contracts;

/// <summary>
/// Who is acting, carried from the dashboard to the grains in the Orleans RequestContext, so each owning grain
/// can write its audit trail without every method taking a user parameter.
/// </summary>
public static class Actor
{
    public const string Key = "cc-actor";
    public const string RolesKey = "cc-actor-roles";
    public const string System = "system";

    /// <summary>The signed-in user who caused the current grain call; "system" for seeding, simulation and timers.</summary>
    public static string Current => RequestContext.Get(Key) is string { Length: > 0 } name ? name : System;

    /// <summary>
    /// Sets the actor for the calls the current async flow makes next. Call it in the method that then awaits the grain:
    /// a value set inside an awaited helper does not flow back to its caller.
    /// </summary>
    public static void Set(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) RequestContext.Remove(Key);
        else RequestContext.Set(Key, name.Trim());
    }

    /// <summary>Sets the actor's roles (comma-separated names, e.g. "Supervisor") for the calls the current async flow makes next.</summary>
    public static void SetRoles(IEnumerable<string>? roles)
    {
        var joined = roles is null ? "" : string.Join(',', roles.Where(r => !string.IsNullOrWhiteSpace(r)));
        if (joined.Length == 0) RequestContext.Remove(RolesKey);
        else RequestContext.Set(RolesKey, joined);
    }

    /// <summary>Whether the current actor holds any of the roles; "system" (seeding, timers) holds every role.</summary>
    public static bool IsInAnyRole(params string[] roles)
    {
        if (Current == System) return true;
        if (RequestContext.Get(RolesKey) is not string { Length: > 0 } held) return false;
        var mine = held.Split(',');
        return roles.Any(r => mine.Contains(r, StringComparer.Ordinal));
    }
}
