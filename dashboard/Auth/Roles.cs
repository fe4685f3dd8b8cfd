namespace ContactCenter.Dashboard.Auth;

/// <summary>The four roles, and the policies pages and endpoints ask for.</summary>
public static class Roles
{
    public const string Agent = "Agent";
    public const string Supervisor = "Supervisor";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    /// <summary>Supervisor pages: supervisors and admins.</summary>
    public const string SupervisorPolicy = "supervisor";

    /// <summary>Analyst pages (churn list, customers, model): analysts and admins.</summary>
    public const string AnalystPolicy = "analyst";

    /// <summary>The case list: supervisors, admins and analysts.</summary>
    public const string CasesPolicy = "cases";

    /// <summary>The claim that ties an agent user to its agent grain.</summary>
    public const string AgentIdClaim = "cc:agent-id";
}
