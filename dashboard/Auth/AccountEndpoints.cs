using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Dashboard.Auth;

/// <summary>Cookie sign-in and sign-out. The login form posts here with an antiforgery token.</summary>
internal static class AccountEndpoints
{
    public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);

    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/login", async ([FromForm] LoginForm form, HttpContext http, SignInGuard guard) =>
        {
            var returnUrl = SafeReturnUrl(form.ReturnUrl);
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var outcome = guard.Attempt(form.UserName, form.Password, address);
            if (outcome.Account is not { } account) return Refused(http, outcome, returnUrl);
            var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName) };
            claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
            if (account.AgentId is not null) claims.Add(new Claim(Roles.AgentIdClaim, account.AgentId));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.LocalRedirect(returnUrl == "/" ? Landing.For(account.Roles) : returnUrl);
        });
        app.MapPost("/account/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/login");
        }).RequireAuthorization();
    }

    /// <summary>Back to the form: "error=1" for a wrong name or password, "error=locked" with the seconds to wait.</summary>
    private static IResult Refused(HttpContext http, SignInOutcome outcome, string returnUrl)
    {
        var back = Uri.EscapeDataString(returnUrl);
        if (outcome.RetryAfter is not { } wait) return Results.Redirect($"/login?error=1&returnUrl={back}");
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Redirect($"/login?error=locked&wait={seconds}&returnUrl={back}");
    }

    /// <summary>
    /// Only local paths, so a crafted link cannot send a user elsewhere after sign-in; and only printable ASCII,
    /// since anything else cannot be a Location header (or a local redirect) and would fail after the password matched.
    /// </summary>
    private static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
        && url.All(c => c is > ' ' and < '\x7f') ? url : "/";
}
