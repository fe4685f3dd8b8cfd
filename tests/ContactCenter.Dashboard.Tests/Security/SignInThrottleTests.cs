using ContactCenter.Dashboard.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>The failure limits alone, on a fake clock: no sleeping, the window ends when the clock says so.</summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset WindowStart = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(WindowStart);

    private SignInThrottle Throttle(int perUser = 3, int perAddress = 5) =>
        new(Options.Create(new SignInLimits { FailuresPerUser = perUser, FailuresPerAddress = perAddress, Window = TimeSpan.FromMinutes(15) }), _time);

    [Fact]
    public void The_nth_failure_of_a_user_locks_it_until_the_window_ends()
    {
        using var throttle = Throttle();
        Assert.Null(throttle.Fail("alice", "10.0.0.1"));
        Assert.Null(throttle.Fail("alice", "10.0.0.2"));
        _time.Advance(TimeSpan.FromMinutes(5));
        var locked = throttle.Fail("ALICE ", "10.0.0.3");
        Assert.Equal(new SignInLockout(SignInLock.User, TimeSpan.FromMinutes(10)), locked);
        Assert.Equal(locked, throttle.Lockout("alice", "10.0.0.4"));
    }

    [Fact]
    public void A_lockout_ends_by_itself_when_the_window_does()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 3; i++) throttle.Fail("bob", "10.0.0.1");
        _time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.Lockout("bob", "10.0.0.1")?.RetryAfter);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(throttle.Lockout("bob", "10.0.0.1"));
        Assert.Null(throttle.Fail("bob", "10.0.0.1"));
    }

    [Fact]
    public void One_users_failures_never_lock_another_user_on_another_address()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 3; i++) throttle.Fail("carol", "10.0.0.1");
        Assert.NotNull(throttle.Lockout("carol", "10.0.0.9"));
        Assert.Null(throttle.Lockout("dave", "10.0.0.9"));
        Assert.Null(throttle.Lockout("dave", "10.0.0.1")); // the address has 3 of its 5
    }

    [Fact]
    public void An_address_spraying_many_user_names_is_locked_for_every_name()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 4; i++) Assert.Null(throttle.Fail($"user-{i}", "203.0.113.7"));
        Assert.Equal(SignInLock.Address, throttle.Fail("user-4", "203.0.113.7")?.Lock);
        Assert.Equal(SignInLock.Address, throttle.Lockout("erin", "203.0.113.7")?.Lock);
        Assert.Null(throttle.Lockout("erin", "203.0.113.8"));
    }

    [Fact]
    public void Nonsense_limits_are_refused_at_startup() =>
        Assert.Throws<InvalidOperationException>(() => Throttle(perUser: 0));
}
