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
                options.Events.OnRedirectToLogin = ctx => Refuse(ctx, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = ctx => Refuse(ctx, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.SupervisorPolicy, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Roles.AnalystPolicy, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddApiPolicies();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<UserDirectory>();
        return services;
    }

    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (!ApiAuthorization.IsApi(ctx.Request))
        {
            ctx.Response.Redirect(ctx.RedirectUri);
            return Task.CompletedTask;
        }
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
