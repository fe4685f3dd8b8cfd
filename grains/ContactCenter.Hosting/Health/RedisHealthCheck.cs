using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Hosting.Health;

/// <summary>Cluster mode: Redis holds membership, grain state and reminders, so it must answer a PING.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await redis.GetAsync().WaitAsync(Timeout, cancellationToken);
            var latency = await connection.GetDatabase().PingAsync().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy($"Redis at {redis.Hosts} answers",
                new Dictionary<string, object> { ["latencyMs"] = Math.Round(latency.TotalMilliseconds, 1) });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ex is TimeoutException ? $"no answer within {Timeout.TotalSeconds:0.#} s" : redis.Sanitise(ex.Message);
            return new HealthCheckResult(context.Registration.FailureStatus, Unreachable(redis.Hosts),
                data: new Dictionary<string, object> { ["error"] = reason });
        }
    }

    /// <summary>What the banner and /readyz say when Redis does not answer.</summary>
    public static string Unreachable(string hosts) => $"Redis at {hosts} is unreachable — changes cannot be saved";
}
