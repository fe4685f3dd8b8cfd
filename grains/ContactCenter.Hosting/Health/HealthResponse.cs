using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContactCenter.Hosting.Health;

/// <summary>One check in a health response.</summary>
public sealed record HealthCheckBody(string Name, string Status, string? Description, double DurationMs, IReadOnlyDictionary<string, object> Data);

/// <summary>The JSON body of /healthz and /readyz: the overall status and every check that ran.</summary>
public sealed record HealthBody(string Status, double DurationMs, IReadOnlyList<HealthCheckBody> Checks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Descriptions are prose with dashes; this is JSON for people and probes, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static HealthBody From(HealthReport report) => new(
        report.Status.ToString(),
        Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new HealthCheckBody(
            e.Key, e.Value.Status.ToString(), e.Value.Description,
            Math.Round(e.Value.Duration.TotalMilliseconds, 1), e.Value.Data)).ToList());

    public static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, From(report), Json, http.RequestAborted);
    }
}
