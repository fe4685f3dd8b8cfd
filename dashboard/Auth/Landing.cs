namespace ContactCenter.Dashboard.Auth;

/// <summary>Where a user lands after signing in when no page was asked for: the page of their role.</summary>
public static class Landing
{
    public const string Agent = "/agent";
    public const string Supervisor = "/wallboard";
    public const string Analyst = "/analyst/at-risk";

    public static string For(IReadOnlyCollection<string> roles) =>
        roles.Contains(Roles.Supervisor) || roles.Contains(Roles.Admin) ? Supervisor
        : roles.Contains(Roles.Analyst) ? Analyst
        : roles.Contains(Roles.Agent) ? Agent
        : "/";
}
