using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ContactCenter.Dashboard.Auth;

/// <summary>
/// A mail gateway is a machine, not a person: it authenticates with the key in Mail:Inbound:ApiKey, sent in the
/// X-Mail-Gateway-Key header, and acts as the Integration role (POST /api/email/inbound only). No key configured: no
/// gateway can sign in, and only a signed-in admin may post mail (for trying it out).
/// </summary>
public sealed class MailGatewayAuth(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "MailGateway";
    public const string Header = "X-Mail-Gateway-Key";
    public const string Role = "Integration";
    public const string Policy = "email-inbound";
    public const string ConfigKey = "Mail:Inbound:ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var given) || given.Count != 1) return Task.FromResult(AuthenticateResult.NoResult());
        if (configuration[ConfigKey] is not { Length: >= 16 } key || !Same(key, given.ToString()))
            return Task.FromResult(AuthenticateResult.Fail("The mail gateway key is wrong or not configured."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "mail-gateway"), new Claim(ClaimTypes.Role, Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));

    /// <summary>The scheme, and the inbound policy: the gateway's key, or a signed-in admin.</summary>
    public static IServiceCollection AddMailGatewayAuth(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, MailGatewayAuth>(SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(SchemeName, Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireRole(Role, Roles.Admin));
        return services;
    }
}
