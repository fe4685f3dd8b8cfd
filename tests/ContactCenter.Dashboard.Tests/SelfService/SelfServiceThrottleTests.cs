using ContactCenter.Dashboard.SelfService;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Dashboard.Tests.SelfService;

/// <summary>The self-service limits per address, on a fake clock: windows end when the clock says so, never by sleeping.</summary>
public sealed class SelfServiceThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    private SelfServiceThrottle Throttle() => new(Options.Create(new SelfServiceLimits
        { RequestsPerHour = 2, LookupsPerMinute = 3, FailedLookupsPerHour = 2, SearchesPerMinute = 1 }), _time);

    [Fact]
    public void Opens_are_counted_only_when_they_succeed_and_the_hour_ends_the_refusal()
    {
        using var throttle = Throttle();
        throttle.BeforeOpen("10.0.0.1");
        throttle.BeforeOpen("10.0.0.1");
        throttle.Opened("10.0.0.1");
        _time.Advance(TimeSpan.FromMinutes(15));
        throttle.Opened("10.0.0.1");

        var refused = Assert.Throws<TooManyRequestsException>(() => throttle.BeforeOpen("10.0.0.1"));
        Assert.Equal(TimeSpan.FromMinutes(45), refused.RetryAfter);
        throttle.BeforeOpen("10.0.0.2");
        _time.Advance(TimeSpan.FromMinutes(45));
        throttle.BeforeOpen("10.0.0.1");
    }

    [Fact]
    public void Wrong_tokens_lock_lookups_from_the_address_until_the_hour_ends()
    {
        using var throttle = Throttle();
        throttle.Lookup("10.0.0.1");
        throttle.Failed("10.0.0.1");
        _time.Advance(TimeSpan.FromMinutes(2));
        throttle.Lookup("10.0.0.1");
        throttle.Failed("10.0.0.1");

        var locked = Assert.Throws<TooManyRequestsException>(() => throttle.Lookup("10.0.0.1"));
        Assert.Equal(TimeSpan.FromMinutes(58), locked.RetryAfter);
        Assert.Equal(3480, locked.RetryAfterSeconds);
        throttle.Lookup("10.0.0.2");
        _time.Advance(TimeSpan.FromMinutes(58));
        throttle.Lookup("10.0.0.1");
    }

    [Fact]
    public void Lookups_per_minute_are_bounded_and_the_next_minute_allows_more()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 3; i++) throttle.Lookup("10.0.0.1");

        Assert.Throws<TooManyRequestsException>(() => throttle.Lookup("10.0.0.1"));
        throttle.Search("10.0.0.1");
        Assert.Throws<TooManyRequestsException>(() => throttle.Search("10.0.0.1"));
        _time.Advance(TimeSpan.FromMinutes(1));
        throttle.Lookup("10.0.0.1");
        throttle.Search("10.0.0.1");
    }
}
