using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.SelfService;

/// <summary>How much one client address may do on the public help page and API ("SelfService" section).</summary>
public sealed class SelfServiceLimits
{
    public const string Section = "SelfService";

    /// <summary>Requests opened per address per hour.</summary>
    public int RequestsPerHour { get; set; } = 5;

    /// <summary>Status lookups and comments per address per minute.</summary>
    public int LookupsPerMinute { get; set; } = 20;

    /// <summary>Lookups with a wrong reference or token per address per hour; past it, every lookup waits for the hour to end.</summary>
    public int FailedLookupsPerHour { get; set; } = 10;

    /// <summary>Article searches per address per minute.</summary>
    public int SearchesPerMinute { get; set; } = 30;
}

/// <summary>Refused for rate: the caller answers 429 with Retry-After (the API) or says how long to wait (the page).</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter, string message) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}

/// <summary>
/// Per-address fixed windows of the injected clock (as <see cref="Auth.SignInThrottle"/>): each partition is a
/// System.Threading.RateLimiting fixed-window limiter keyed by the address and the window number. Wrong tokens are
/// counted on their own, so 160-bit tokens cannot be guessed even slowly from one address. Per dashboard process.
/// </summary>
public sealed class SelfServiceThrottle : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly TimeProvider _time;
    private readonly Window _opens, _lookups, _failures, _searches;

    public SelfServiceThrottle(IOptions<SelfServiceLimits> options, TimeProvider time)
    {
        var l = options.Value;
        if (l.RequestsPerHour < 1 || l.LookupsPerMinute < 1 || l.FailedLookupsPerHour < 1 || l.SearchesPerMinute < 1)
            throw new InvalidOperationException("Every SelfService limit must be at least 1.");
        _time = time;
        (_opens, _lookups, _failures, _searches) = (New(l.RequestsPerHour, Hour), New(l.LookupsPerMinute, Minute), New(l.FailedLookupsPerHour, Hour),
            New(l.SearchesPerMinute, Minute));
    }

    /// <summary>Refused once the address opened its hourly number; a refused form (a typo) does not count.</summary>
    public void BeforeOpen(string address)
    {
        if (_opens.Exhausted(address)) throw new TooManyRequestsException(_opens.RetryAfter(), "Too many requests were opened from your address; please try again later.");
    }

    public void Opened(string address) => _opens.Spend(address);

    /// <summary>A lookup or a comment: refused while the address's wrong tokens are spent, else takes a permit.</summary>
    public void Lookup(string address)
    {
        if (_failures.Exhausted(address)) throw new TooManyRequestsException(_failures.RetryAfter(), "Too many wrong references or tokens; please try again later.");
        Take(_lookups, address, "Too many lookups from your address; please wait a moment.");
    }

    public void Failed(string address) => _failures.Spend(address);

    public void Search(string address) => Take(_searches, address, "Too many searches from your address; please wait a moment.");

    private void Take(Window window, string address, string message)
    {
        if (!window.Spend(address)) throw new TooManyRequestsException(window.RetryAfter(), message);
    }

    private Window New(int limit, TimeSpan length) => new(limit, length, _time);

    public void Dispose()
    {
        foreach (var w in new[] { _opens, _lookups, _failures, _searches }) w.Limiter.Dispose();
    }

    private sealed class Window(int limit, TimeSpan length, TimeProvider time)
    {
        public PartitionedRateLimiter<string> Limiter { get; } = PartitionedRateLimiter.Create<string, (string, long)>(key =>
            RateLimitPartition.GetFixedWindowLimiter((key, Number(time, length)), _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = length, QueueLimit = 0 }));

        public bool Spend(string address)
        {
            using var lease = Limiter.AttemptAcquire(address);
            return lease.IsAcquired;
        }

        public bool Exhausted(string address) => Limiter.GetStatistics(address)?.CurrentAvailablePermits <= 0;

        public TimeSpan RetryAfter() => TimeSpan.FromTicks((Number(time, length) + 1) * length.Ticks - time.GetUtcNow().UtcTicks);

        private static long Number(TimeProvider clock, TimeSpan length) => clock.GetUtcNow().UtcTicks / length.Ticks;
    }
}
