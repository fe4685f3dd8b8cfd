namespace ContactCenter.Dashboard.Auth;

public enum SignInFailure { MissingInput, UnknownUser, WrongPassword, UserLocked, AddressLocked }

/// <summary>The account signed in, or why not and, when locked, how long to wait.</summary>
public sealed record SignInOutcome(UserAccount? Account, SignInFailure? Failure, TimeSpan? RetryAfter);

/// <summary>
/// Verifies a sign-in under the failure limits and logs every failure with user, address and reason
/// (never the password). A locked user name or address is refused before the password is checked.
/// </summary>
public sealed partial class SignInGuard(UserDirectory users, SignInThrottle throttle, ILogger<SignInGuard> logger)
{
    private const int MaxLoggedName = 64;

    public SignInOutcome Attempt(string? userName, string? password, string address)
    {
        var name = (userName ?? "").Trim();
        if (throttle.Lockout(name, address) is { } locked)
            return Refused(name, address, locked.Lock == SignInLock.User ? SignInFailure.UserLocked : SignInFailure.AddressLocked, locked.RetryAfter);
        if (users.Verify(name, password) is { } account) return new(account, null, null);
        var failure = name.Length == 0 || string.IsNullOrEmpty(password) ? SignInFailure.MissingInput
            : users.Exists(name) ? SignInFailure.WrongPassword : SignInFailure.UnknownUser;
        return Refused(name, address, failure, throttle.Fail(name, address)?.RetryAfter);
    }

    private SignInOutcome Refused(string name, string address, SignInFailure failure, TimeSpan? retryAfter)
    {
        LogRefused(name.Length > MaxLoggedName ? name[..MaxLoggedName] : name, address, failure, retryAfter);
        return new(null, failure, retryAfter);
    }

    [LoggerMessage(LogLevel.Warning, "Sign-in refused for {UserName} from {Address}: {Reason} (locked for {RetryAfter})")]
    private partial void LogRefused(string userName, string address, SignInFailure reason, TimeSpan? retryAfter);
}
