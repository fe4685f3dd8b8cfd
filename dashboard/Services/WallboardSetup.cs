namespace ContactCenter.Dashboard.Services;

public static class WallboardSetup
{
    /// <summary>The wallboard's per-user preferences and the decision page's lookups.</summary>
    public static IServiceCollection AddWallboardServices(this IServiceCollection services) =>
        services.AddSingleton<UserPreferences>().AddSingleton<InteractionDecisions>();
}
