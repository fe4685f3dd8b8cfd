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
        app.MapPost("/account/login", async ([FromForm] LoginForm form, HttpContext http, UserDirectory users) =>
        {
            var returnUrl = SafeReturnUrl(form.ReturnUrl);
            if (users.Verify(form.UserName, form.Password) is not { } account)
                return Results.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
            var claims = new List<Claim> { new(ClaimTypes.Name, account.UserName) };
            claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
            if (account.AgentId is not null) claims.Add(new Claim(Roles.AgentIdClaim, account.AgentId));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.LocalRedirect(returnUrl);
        });
        app.MapPost("/account/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/login");
        }).RequireAuthorization();
    }

    /// <summary>
    /// Only local paths, so a crafted link cannot send a user elsewhere after sign-in; and only printable ASCII,
    /// since anything else cannot be a Location header (or a local redirect) and would fail after the password matched.
    /// </summary>
    private static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
        && url.All(c => c is > ' ' and < '\x7f') ? url : "/";
}
