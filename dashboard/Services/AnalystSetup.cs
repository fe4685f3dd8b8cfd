using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Dashboard.Services;

public static class AnalystSetup
{
    /// <summary>The analyst workspace's services: reads of churn, and the dashboard's one training job.</summary>
    public static IServiceCollection AddAnalystWorkspace(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChurnQueries>();
        services.AddSingleton<ChurnTrainingJobs>();
        return services;
    }
}
