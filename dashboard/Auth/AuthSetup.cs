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
                // Secure (HTTPS only) whenever the request came over HTTPS; see README "Serving HTTPS".
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                options.Events.OnRedirectToLogin = ctx => Refuse(ctx, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = ctx => Refuse(ctx, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.SupervisorPolicy, p => p.RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(Roles.AnalystPolicy, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Roles.CasesPolicy, p => p.RequireRole(Roles.Supervisor, Roles.Admin, Roles.Analyst))
            .AddApiPolicies()
            .AddKnowledgePolicies();
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddCascadingAuthenticationState();
        services.AddSingleton<UserDirectory>();
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInGuard>();
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
