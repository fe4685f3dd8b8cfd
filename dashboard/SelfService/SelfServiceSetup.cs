namespace ContactCenter.Dashboard.SelfService;

public static class SelfServiceSetup
{
    public static IServiceCollection AddSelfService(this IServiceCollection services)
    {
        services.AddOptions<SelfServiceLimits>().BindConfiguration(SelfServiceLimits.Section);
        services.AddSingleton<SelfServiceThrottle>();
        services.AddSingleton<SelfServiceDesk>();
        return services;
    }
}
