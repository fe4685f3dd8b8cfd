namespace ContactCenter.Hosting;

/// <summary>The HTTP paths every silo and dashboard serves for orchestrators and scrapers.</summary>
public static class HealthEndpoints
{
    /// <summary>Liveness: the process is up and serving HTTP.</summary>
    public const string Liveness = "/healthz";

    /// <summary>Readiness: joined to the cluster and its storage (Redis in cluster mode) answers.</summary>
    public const string Readiness = "/readyz";

    /// <summary>OpenTelemetry metrics in the Prometheus text format.</summary>
    public const string Metrics = "/metrics";

    /// <summary>Default HTTP addresses when nothing else is configured.</summary>
    public const string SiloDefaultUrl = "http://localhost:5081";
    public const string DashboardDefaultUrl = "http://localhost:5080";
}
