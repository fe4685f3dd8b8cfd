using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Dashboard.Tests;

/// <summary>A health check service whose report the test sets, counting how often it was asked.</summary>
internal sealed class FakeHealthChecks : HealthCheckService
{
    private int _runs;

    public HealthReport Report { get; set; } = Healthy();
    public int Runs => Volatile.Read(ref _runs);

    public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _runs);
        return Task.FromResult(Report);
    }

    public static HealthReport Healthy() => With(("orleans", HealthStatus.Healthy, "A silo answers"));

    public static HealthReport With(params (string Name, HealthStatus Status, string Description)[] checks) => new(
        checks.ToDictionary(c => c.Name, c => new HealthReportEntry(c.Status, c.Description, TimeSpan.FromMilliseconds(1), null, null)),
        TimeSpan.FromMilliseconds(1));
}
