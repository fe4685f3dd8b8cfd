using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api.Email;

/// <summary>
/// Email: a mail gateway posts inbound messages (JSON, or the raw message as message/rfc822); supervisors read and
/// replace the routing rules. The intake and rules grains validate; this only translates.
/// </summary>
internal static class EmailEndpoints
{
    /// <summary>The largest raw message accepted (the text body alone may hold 20,000 characters; the rest is headers and parts).</summary>
    public const long MaxRawBytes = 2 * 1024 * 1024;

    public static void MapEmailEndpoints(this RouteGroupBuilder api)
    {
        var email = api.MapGroup("/email").WithTags("Email");
        email.MapPost("/inbound", Inbound)
            .WithSummary("A mail gateway delivers a message (JSON, or raw MIME as message/rfc822); threads into its case or opens one, queues an Email interaction; the same messageId again answers the first result")
            .RequireAuthorization(MailGatewayAuth.Policy).RequireRateLimiting(CreateAdmission.Policy)
            .Accepts<InboundEmailRequest>("application/json", "message/rfc822")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        email.MapGet("/rules", (EmailCommands c) => c.Rules()).WithSummary("The email routing rules and default queue").RequireAuthorization(ApiAuthorization.Read);
        email.MapPut("/rules", (EmailRouting? body, EmailCommands c) => c.PutRules(Rules(body)))
            .WithSummary("Replace the email routing rules (first match wins: mailbox, subject keywords, body keywords → queue, extra skills, priority)")
            .RequireAuthorization(ApiAuthorization.Operate);
        email.MapGet("/rules/audit", (EmailCommands c) => c.RulesAudit()).WithSummary("Who changed which email rule, newest first").RequireAuthorization(ApiAuthorization.Read);
        email.WithOpenApiResponses();
    }

    private static async Task<IResult> Inbound(HttpContext http, EmailCommands commands)
    {
        var email = http.Request.ContentType?.StartsWith("message/rfc822", StringComparison.OrdinalIgnoreCase) == true ? await Raw(http) : await Json(http);
        var accepted = await commands.Receive(email);
        return accepted.Duplicate ? TypedResults.Ok(accepted) : TypedResults.Created($"/api/cases/{Uri.EscapeDataString(accepted.CaseId)}", accepted);
    }

    private static async Task<InboundEmail> Json(HttpContext http)
    {
        if (!http.Request.HasJsonContentType())
            throw new ApiValidationException("body", "Send the message as application/json, or the raw message as message/rfc822.");
        try
        {
            var request = await http.Request.ReadFromJsonAsync<InboundEmailRequest>(http.RequestAborted);
            return (request ?? throw new ApiValidationException("body", "A JSON request body is required.")).ToEmail();
        }
        catch (System.Text.Json.JsonException j) { throw new BadHttpRequestException("Invalid JSON", StatusCodes.Status400BadRequest, j); }
    }

    private static async Task<InboundEmail> Raw(HttpContext http)
    {
        if (http.Request.ContentLength > MaxRawBytes) throw new ApiValidationException("body", $"A raw message may be at most {MaxRawBytes:N0} bytes.");
        using var buffer = new MemoryStream();
        var read = http.Request.Body;
        var chunk = new byte[81920];
        int n;
        while ((n = await read.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + n > MaxRawBytes) throw new ApiValidationException("body", $"A raw message may be at most {MaxRawBytes:N0} bytes.");
            buffer.Write(chunk, 0, n);
        }
        buffer.Position = 0;
        return await MimeIntake.ReadAsync(buffer, http.RequestAborted);
    }

    private static EmailRouting Rules(EmailRouting? body)
    {
        ApiValidationException.Require(body is not null, "body", "A JSON request body is required.");
        return body! with
        {
            DefaultQueueId = body.DefaultQueueId ?? "",
            Rules = body.Rules?.Select(r => r is null ? r! : r with
            {
                SubjectKeywords = r.SubjectKeywords ?? [], BodyKeywords = r.BodyKeywords ?? [], ExtraSkills = r.ExtraSkills ?? [],
            }).ToArray()!,
        };
    }
}

/// <summary>An inbound message as JSON: from, to, subject, body (text), messageId, and the thread headers.</summary>
internal sealed record InboundEmailRequest(string? From, string? To, string? Subject, string? Body, string? MessageId, string? InReplyTo, IReadOnlyList<string>? References)
{
    public InboundEmail ToEmail() => new(From ?? "", To ?? "", Subject ?? "", Body ?? "", MessageId ?? "", InReplyTo, References);
}
