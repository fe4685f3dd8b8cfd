using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Dashboard.Auth;

/// <summary>A dashboard user. Only the password hash is kept (ASP.NET Core Identity's PBKDF2 hasher).</summary>
public sealed record UserAccount(string UserName, string PasswordHash, IReadOnlyList<string> Roles, string? AgentId);

/// <summary>
/// The users of this dashboard process. Embedded mode fills it with demo users; cluster mode starts
/// empty (durable users come with cluster mode).
/// </summary>
public sealed class UserDirectory
{
    private readonly ConcurrentDictionary<string, UserAccount> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly PasswordHasher<UserAccount> _hasher = new();

    public void Add(string userName, string password, IReadOnlyList<string> roles, string? agentId = null)
    {
        var account = new UserAccount(userName, "", roles, agentId);
        _users[userName] = account with { PasswordHash = _hasher.HashPassword(account, password) };
    }

    /// <summary>Adds a user whose password was hashed elsewhere with the same hasher.</summary>
    public void AddHashed(string userName, string passwordHash, IReadOnlyList<string> roles, string? agentId) =>
        _users[userName] = new UserAccount(userName, passwordHash, roles, agentId);

    public string Hash(string password) => _hasher.HashPassword(new UserAccount("", "", [], null), password);

    /// <summary>The account when the password matches; null otherwise (unknown user or wrong password alike).</summary>
    public UserAccount? Verify(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || password is null || !_users.TryGetValue(userName.Trim(), out var account)) return null;
        return _hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed ? null : account;
    }

    /// <summary>Whether the user name is known; for the sign-in log only, never for what the user is told.</summary>
    public bool Exists(string userName) => _users.ContainsKey(userName.Trim());

    public IReadOnlyList<UserAccount> All => _users.Values.OrderBy(u => u.UserName).ToList();
}
