namespace ContactCenter.Dashboard.Auth;

/// <summary>
/// Users from the "Users" configuration section, for a dashboard that joins a cluster (which seeds no
/// demo users). Each entry has Name, PasswordHash (from `dotnet run --project dashboard -- hash-password
/// SECRET`), Roles and, for agents, AgentId. Plain passwords are never read from configuration.
/// </summary>
public static class ConfiguredUsers
{
    public static int Load(UserDirectory users, IConfiguration configuration)
    {
        var entries = configuration.GetSection("Users").GetChildren().ToList();
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            var name = entry["Name"];
            var hash = entry["PasswordHash"];
            var roles = entry.GetSection("Roles").Get<string[]>() ?? [];
            if (string.IsNullOrWhiteSpace(name)) throw new InvalidOperationException($"Users:{i}:Name is required.");
            if (string.IsNullOrWhiteSpace(hash)) throw new InvalidOperationException($"Users:{i}:PasswordHash is required (see hash-password).");
            if (roles.Length == 0 || roles.Any(r => r is not (Roles.Agent or Roles.Supervisor or Roles.Analyst or Roles.Admin)))
                throw new InvalidOperationException($"Users:{i}:Roles must list Agent, Supervisor, Analyst or Admin.");
            users.AddHashed(name, hash, roles, entry["AgentId"]);
        }
        return entries.Count;
    }
}
