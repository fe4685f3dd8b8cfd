using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Cases: supervisors and admins on any case, analysts read, an agent only on cases it owns (and may open one from an
/// interaction it handled). The case grain validates every change and writes it to the timeline.
/// </summary>
internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(CasePolicies.Anyone);
        cases.MapGet("/", List).WithSummary("Open cases, most urgent first; filter by queue, team, priority, contract, sla, agent, customer, open; skip and take page");
        cases.MapPost("/", Create).WithSummary("Open a case; caseId is optional (give it to make retries idempotent)");

        var one = cases.MapGroup("/{id}").AddEndpointFilter(OnlyOwnCases);
        one.MapGet("/", (string id, CaseQueries q) => q.Get(id)).WithSummary("A case with its SLA picture, allowed moves and timeline");
        one.MapPost("/status", (string id, CaseStatusRequest body, CaseCommands c) => c.ChangeStatus(id,
                Require(body.Status, "status", "status is required: New, Assigned, InProgress, PendingCustomer, Resolved, Closed or Reopened."), body.Reason))
            .WithSummary("Move the status (409 naming both states when the move is not allowed)");
        one.MapPost("/assign", (string id, CaseAssignRequest body, CaseCommands c) => c.Assign(id, body.AgentId, body.QueueId))
            .WithSummary("Give the case to an agent, or back to a queue when agentId is absent");
        one.MapPost("/priority", (string id, CasePriorityRequest body, CaseCommands c) => c.ChangePriority(id,
                Require(body.Priority, "priority", "priority is required: Low, Normal, High or Urgent.")))
            .WithSummary("Change the priority; the SLA targets follow it");
        one.MapPost("/notes", (string id, CaseNoteRequest body, CaseCommands c) => c.AddNote(id, body.Text ?? throw new ApiValidationException("text", "text is required.")))
            .WithSummary("Add a note to the timeline");
        one.MapPost("/link", (string id, CaseLinkRequest body, CaseCommands c) => c.Link(id,
                body.InteractionId ?? throw new ApiValidationException("interactionId", "interactionId is required.")))
            .WithSummary("Link an interaction of the same customer (linking twice changes nothing)");
        cases.WithOpenApiResponses();
    }

    private static async Task<CasePage> List(HttpContext http, CaseQueries q, string? queue, string? team, string? priority, string? contract,
        string? sla, string? agent, string? customer, string? open, string? skip, string? take)
    {
        var query = new CaseQuery(Blank(queue), Blank(team), Parse<CasePriority>(priority, "priority"), Blank(contract), Parse<SlaState>(sla, "sla"),
            Blank(agent), Blank(customer), ParseBool(open, "open") ?? true, ParseInt(skip, "skip") ?? 0, ParseInt(take, "take") ?? 50);
        if (CasePolicies.AgentOnly(http.User) is { } self)
        {
            // An agent lists its own cases only.
            if (query.AgentId is not null && query.AgentId != self) throw Forbidden.Because($"Agent '{self}' may list only its own cases.");
            query = query with { AgentId = self };
        }
        return await q.Page(query);
    }

    private static async Task<IResult> Create(HttpContext http, CreateCaseRequest? body, CaseCommands c, CaseQueries q)
    {
        var self = CasePolicies.AgentOnly(http.User);
        if (self is null && !CasePolicies.CanOperate(http.User)) throw Forbidden.Because("Your role may read cases, not open them.");
        if (body is null) throw new ApiValidationException("body", "A JSON request body is required.");
        var caseId = body.CaseId ?? CaseCommands.NewCaseId();
        ContactCenter.Contracts.Validation.Ids.Require(caseId, "caseId");
        var draft = body.ToDraft();
        draft.Validate();
        if (self is not null)
        {
            // An agent opens cases from its own interactions, for itself.
            if (draft.InteractionId is null) throw Forbidden.Because("An agent opens a case from an interaction it handled: interactionId is required.");
            if (draft.AgentId is not null && draft.AgentId != self) throw Forbidden.Because($"Agent '{self}' may open cases only for itself.");
            if (!await q.HandledBy(draft.InteractionId, self)) throw Forbidden.Because($"Agent '{self}' did not handle interaction '{draft.InteractionId}'.");
            draft = draft with { AgentId = self };
        }
        var created = await c.Create(caseId, draft);
        return TypedResults.Created($"/api/cases/{Uri.EscapeDataString(created.CaseId)}", created);
    }

    private static async ValueTask<object?> OnlyOwnCases(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var self = CasePolicies.AgentOnly(http.User);
        if (self is null)
        {
            // Analysts read; changing a case takes a supervisor or an admin.
            if (!HttpMethods.IsGet(http.Request.Method) && !CasePolicies.CanOperate(http.User))
                return Forbidden.Result($"Your role may read cases, not change them.");
            return await next(context);
        }
        var id = http.Request.RouteValues["id"] as string ?? "";
        var queries = http.RequestServices.GetRequiredService<CaseQueries>();
        if (!await queries.IsOwner(id, self)) return Forbidden.Result($"Agent '{self}' does not own case '{id}'.");
        return await next(context);
    }

    private static T Require<T>(T? value, string field, string message) where T : struct => value ?? throw new ApiValidationException(field, message);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    internal static T? Parse<T>(string? text, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null
        : Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value
        : throw ContactCenterException.Invalid(field, $"{field} must be one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static bool? ParseBool(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : bool.TryParse(text, out var value) ? value
        : throw ContactCenterException.Invalid(field, $"{field} must be true or false.");

    internal static int? ParseInt(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw ContactCenterException.Invalid(field, $"{field} must be a whole number.");
}

/// <summary>A 403 with a reason, from an endpoint or a filter.</summary>
internal sealed class Forbidden(string message) : Exception(message)
{
    public static Forbidden Because(string message) => new(message);

    public static IResult Result(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);
}
