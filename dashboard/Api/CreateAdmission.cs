using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Admission control for new work (section "Admission" of the configuration). At most CreatesInFlight
/// interaction creates run at once on this dashboard, Queue more wait their turn, and the rest are refused at
/// once with 503 and Retry-After before anything reaches the cluster, so a refused create changes nothing.
/// </summary>
public sealed record AdmissionOptions
{
    public int CreatesInFlight { get; init; } = 64;
    public int Queue { get; init; } = 128;
    public int RetryAfterSeconds { get; init; } = 1;

    public TimeSpan RetryAfter => TimeSpan.FromSeconds(RetryAfterSeconds);
}

internal static class CreateAdmission
{
    public const string Policy = "interaction-creates";

    public static IServiceCollection AddCreateAdmission(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Admission").Get<AdmissionOptions>() ?? new();
        if (options.CreatesInFlight < 1 || options.Queue < 0 || options.RetryAfterSeconds < 1)
            throw new InvalidOperationException("Admission: CreatesInFlight must be at least 1, Queue at least 0 and RetryAfterSeconds at least 1.");
        services.AddSingleton(options);
        services.AddRateLimiter(o =>
        {
            o.AddConcurrencyLimiter(Policy, limit =>
            {
                limit.PermitLimit = options.CreatesInFlight;
                limit.QueueLimit = options.Queue;
                limit.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            o.OnRejected = (context, _) => new ValueTask(Overload.RefuseAsync(context.HttpContext, options.RetryAfter,
                $"This dashboard already has {options.CreatesInFlight} creates in flight and {options.Queue} waiting; nothing was created. Retry after {options.RetryAfterSeconds} s."));
        });
        return services;
    }
}
