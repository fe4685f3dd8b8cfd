using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// The one way this dashboard says "not now, come back later": 503 with Retry-After and
/// a problem body, whether the admission limit refused the request, the cluster shed it, or the cluster is down.
/// </summary>
internal static class Overload
{
    public static async Task RefuseAsync(HttpContext http, TimeSpan retryAfter, string detail, Exception? exception = null)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        var problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "Service unavailable", Detail = detail };
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception }))
            await http.Response.WriteAsync(detail, http.RequestAborted);
    }
}
