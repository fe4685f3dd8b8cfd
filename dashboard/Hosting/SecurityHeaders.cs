namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// Headers on every response (pages, API, static files, errors), set when the response starts so that
/// the exception handler's reset cannot drop them. HSTS only over HTTPS, never for a loopback host.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this origin (blazor.web.js, MudBlazor.min.js; Blazor Server needs no eval);
    /// inline styles because MudBlazor sets style attributes; connect-src 'self' covers the circuit's WebSocket.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "same-origin";
    public const string StrictTransportSecurity = "max-age=31536000";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            Apply(http);
            return Task.CompletedTask;
        });
        return next(http);
    });

    private static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        if (http.Request.IsHttps && !IsLoopbackHost(http.Request.Host.Host)) headers.StrictTransportSecurity = StrictTransportSecurity;
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
