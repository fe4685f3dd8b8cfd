using System.Text.Json;
using ContactCenter.Contracts;
using Microsoft.AspNetCore.Diagnostics;

namespace ContactCenter.Silo.Api;

/// <summary>
/// Turns refusals into problem details, in one place: invalid input → 400 naming the field,
/// unknown id → 404, refused transition → 409.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var result = exception switch
        {
            ApiValidationException v => Problem(400, "Invalid request", v.Message, v.Field),
            ContactCenterException { Kind: ErrorKind.Invalid } e => Problem(400, "Invalid request", e.Message, e.Field ?? "body"),
            ContactCenterException { Kind: ErrorKind.NotFound } e => Problem(404, "Not found", e.Message),
            ContactCenterException { Kind: ErrorKind.Conflict } e => Problem(409, "Refused", e.Message),
            BadHttpRequestException { InnerException: JsonException j } => Problem(400, "Invalid JSON", j.Message, JsonField(j.Path)),
            BadHttpRequestException b => Problem(400, "Invalid request", b.Message, "body"),
            _ => null,
        };
        if (result is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            return false;
        }
        http.Response.StatusCode = result.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = result, Exception = exception });
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Problem(int status, string title, string detail, string? field = null)
    {
        if (field is null) return new() { Status = status, Title = title, Detail = detail };
        return new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
        {
            Status = status, Title = title, Detail = detail,
        };
    }

    /// <summary>"$.serviceLevel.percent" → "serviceLevel.percent"; the whole body when there is no path.</summary>
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}

/// <summary>Input the API itself refuses before any grain is called.</summary>
internal sealed class ApiValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    public static void Require(bool ok, string field, string message)
    {
        if (!ok) throw new ApiValidationException(field, message);
    }
}
