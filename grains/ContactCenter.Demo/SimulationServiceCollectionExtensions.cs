using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Demo;

public static class SimulationServiceCollectionExtensions
{
    /// <summary>Registers the demo seeder and, when Simulation:Enabled, the traffic simulator.</summary>
    public static IServiceCollection AddContactCenterSimulation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulationOptions>().Bind(configuration.GetSection(SimulationOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulationOptions>, SimulationOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DemoCenterSeeder>();
        if (configuration.GetSection(SimulationOptions.Section).GetValue(nameof(SimulationOptions.Enabled), true))
            services.AddHostedService<TrafficSimulator>();
        return services;
    }
}
