using ContactCenter.Demo;

namespace ContactCenter.Dashboard.Auth;

/// <summary>
/// Embedded mode's demo users, one per role plus a few agents whose consoles drive demo agents that the
/// simulator leaves alone. The password comes from Demo:Password (default "demo") and is printed once.
/// </summary>
public static class DemoUsers
{
    public static void Seed(UserDirectory users, IConfiguration configuration, ILogger logger)
    {
        var password = configuration["Demo:Password"] is { Length: > 0 } p ? p : "demo";
        users.Add("supervisor", password, [Roles.Supervisor]);
        users.Add("admin", password, [Roles.Admin, Roles.Supervisor]);
        users.Add("analyst", password, [Roles.Analyst]);
        var agents = DemoCenter.Agents(configuration.GetValue("Simulation:Seed", 42)).TakeLast(3).ToList();
        foreach (var agent in agents) users.Add(agent.AgentId, password, [Roles.Agent], agent.AgentId);
        logger.LogInformation("Demo users (password '{Password}'): supervisor, admin, analyst, {Agents}",
            password, string.Join(", ", agents.Select(a => a.AgentId)));
    }
}
