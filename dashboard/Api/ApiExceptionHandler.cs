using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using ContactCenter.Contracts;
using Microsoft.AspNetCore.Diagnostics;

namespace ContactCenter.Dashboard.Api;

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
            ContactCenterException { Kind: ErrorKind.TooMany } e => Problem(429, "Too many requests", e.Message, e.Field),
            Forbidden f => Problem(403, "Forbidden", f.Message),
            ContactCenterException { Kind: ErrorKind.Forbidden } e => Problem(403, "Forbidden", e.Message),
            BadHttpRequestException { InnerException: JsonException j } => Problem(400, "Invalid JSON", JsonDetail(j), JsonField(j.Path)),
            BadHttpRequestException b => Problem(b.StatusCode, "Invalid request", BodyDetail(b), "body"),
            InvalidOperationException when UnknownCharset(http.Request) is { } charset =>
                Problem(400, "Invalid request", $"The body's charset '{charset}' is not a known encoding; send UTF-8 JSON.", "body"),
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

    /// <summary>System.Text.Json names .NET types in conversion errors; say what is wrong in API terms instead.</summary>
    private static string JsonDetail(JsonException j) =>
        j.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? $"{JsonField(j.Path)} has a value of the wrong JSON type, or a name that is not one of the allowed values."
            : $"The body is not valid JSON: {j.Message}";

    /// <summary>Reading a body in an unknown charset throws before any JSON is parsed; the request, not the message, says why.</summary>
    private static string? UnknownCharset(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.Charset is not { Length: > 0 } charset) return null;
        var name = charset.ToString().Trim('"');
        try
        {
            _ = Encoding.GetEncoding(name);
            return null;
        }
        catch (ArgumentException)
        {
            return name;
        }
    }

    private static string BodyDetail(BadHttpRequestException b) =>
        b.Message.Contains("no body was provided", StringComparison.Ordinal) ? "A JSON request body is required." : b.Message;
}
