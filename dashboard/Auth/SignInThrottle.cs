using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Auth;

/// <summary>How many failed sign-ins lock a user name or a client address, and for how long ("SignIn" section).</summary>
public sealed class SignInLimits
{
    public const string Section = "SignIn";

    /// <summary>Failures of one user name, from anywhere, that lock it until the window ends.</summary>
    public int FailuresPerUser { get; set; } = 5;

    /// <summary>Failures from one client address, on any user names, that lock it; above the per-user limit so one office behind NAT keeps working.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>The fixed window failures are counted in; a lockout ends with its window.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

public enum SignInLock { User, Address }

/// <summary>A locked user name or address, and how long until its window ends.</summary>
public sealed record SignInLockout(SignInLock Lock, TimeSpan RetryAfter);

/// <summary>
/// Failed sign-ins counted per user name and per client address in fixed windows of the injected clock.
/// Each key's partition is a fixed-window limiter of System.Threading.RateLimiting keyed by the key and the
/// window number, so a window ends when the clock says so (a fake clock in tests) and only failures take permits:
/// a success never counts, and one user's failures never lock another user (only their shared address can).
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly PartitionedRateLimiter<string> _users;
    private readonly PartitionedRateLimiter<string> _addresses;

    public SignInThrottle(IOptions<SignInLimits> options, TimeProvider time)
    {
        var limits = options.Value;
        if (limits.FailuresPerUser < 1 || limits.FailuresPerAddress < 1 || limits.Window <= TimeSpan.Zero)
            throw new InvalidOperationException("SignIn:FailuresPerUser and SignIn:FailuresPerAddress must be at least 1 and SignIn:Window positive.");
        (_time, _window) = (time, limits.Window);
        _users = Failures(limits.FailuresPerUser);
        _addresses = Failures(limits.FailuresPerAddress);
    }

    /// <summary>The lockout in force for this user name or address, or null when a sign-in may be tried.</summary>
    public SignInLockout? Lockout(string userName, string address) =>
        Exhausted(_users, UserKey(userName)) ? new(SignInLock.User, RetryAfter())
        : Exhausted(_addresses, address) ? new(SignInLock.Address, RetryAfter())
        : null;

    /// <summary>Counts one failure against the user name and the address; returns the lockout it caused, if any.</summary>
    public SignInLockout? Fail(string userName, string address)
    {
        // Fixed-window leases hold no resource: disposing one gives nothing back, the permit stays spent.
        _users.AttemptAcquire(UserKey(userName)).Dispose();
        _addresses.AttemptAcquire(address).Dispose();
        return Lockout(userName, address);
    }

    private PartitionedRateLimiter<string> Failures(int limit) => PartitionedRateLimiter.Create<string, (string, long)>(key =>
        RateLimitPartition.GetFixedWindowLimiter((key, WindowNumber()), _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = _window, QueueLimit = 0 }));

    private static bool Exhausted(PartitionedRateLimiter<string> limiter, string key) =>
        limiter.GetStatistics(key)?.CurrentAvailablePermits <= 0;

    private long WindowNumber() => _time.GetUtcNow().UtcTicks / _window.Ticks;

    private TimeSpan RetryAfter() => TimeSpan.FromTicks((WindowNumber() + 1) * _window.Ticks - _time.GetUtcNow().UtcTicks);

    private static string UserKey(string userName) => userName.Trim().ToUpperInvariant();

    public void Dispose()
    {
        _users.Dispose();
        _addresses.Dispose();
    }
}
