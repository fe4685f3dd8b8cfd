using Microsoft.AspNetCore.Authentication.Cookies;

namespace ContactCenter.Dashboard.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddDashboardAuth(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/denied";
                options.Cookie.Name = "cc.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.SupervisorPolicy, p => p.RequireRole(Roles.Supervisor, Roles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddSingleton<UserDirectory>();
        return services;
    }
}
