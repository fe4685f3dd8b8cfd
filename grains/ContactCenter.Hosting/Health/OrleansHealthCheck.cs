using Microsoft.Extensions.Diagnostics.HealthChecks;
using ContactCenter.Contracts;
using Orleans.Runtime;

namespace ContactCenter.Hosting.Health;

/// <summary>
/// Orleans answers: on a silo (or the dashboard's co-hosted one) this silo must be Active in membership;
/// on every host a grain call must come back in time. The ping grain is a stateless worker, so the call
/// touches no storage and stays on the silo that receives it.
/// </summary>
public sealed class OrleansHealthCheck(IGrainFactory grains, ISiloStatusOracle? silo = null) : IHealthCheck
{
    public const string NoSiloAnswers = "No silo answers — live data and changes are unavailable";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (silo is { CurrentStatus: var status } && status != SiloStatus.Active)
            return Failed(context, $"This silo is {status} in the cluster, not Active", $"membership status {status}");
        try
        {
            var token = Environment.TickCount;
            var echo = await grains.GetGrain<IPingGrain>(0).Ping(token).AsTask().WaitAsync(Timeout, cancellationToken);
            if (echo != token) return Failed(context, NoSiloAnswers, "the ping grain answered with the wrong value");
            return HealthCheckResult.Healthy(silo is null ? "A silo answers" : "This silo is Active and answers");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = ex is TimeoutException ? $"no answer within {Timeout.TotalSeconds:0.#} s" : ex.Message.Split('\n')[0].Trim();
            return Failed(context, NoSiloAnswers, reason);
        }
    }

    private static HealthCheckResult Failed(HealthCheckContext context, string description, string reason) =>
        new(context.Registration.FailureStatus, description, data: new Dictionary<string, object> { ["error"] = reason });
}
