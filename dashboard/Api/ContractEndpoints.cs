using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Service contracts, queue escalation policies and the escalation notices. The owning grains validate
/// (an unknown time zone is a 400 naming coverage.timeZone) and apply changes to open cases.
/// </summary>
internal static class ContractEndpoints
{
    public static void MapContractEndpoints(this RouteGroupBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Contracts");
        contracts.MapGet("/{id}", (string id, CaseQueries q) => q.Contract(id))
            .WithSummary("A service contract: targets per priority and coverage hours (the defaults answer their built-in terms)").RequireAuthorization(ApiAuthorization.Read);
        contracts.MapPut("/{id}", (string id, ContractRequest? body, CaseCommands c) => c.PutContract(Contract(id, body)))
            .WithSummary("Create or change a contract; open cases under it take the new terms from now").RequireAuthorization(ApiAuthorization.Operate);
        contracts.WithOpenApiResponses();

        var queues = api.MapGroup("/queues").WithTags("Queues");
        queues.MapGet("/{id}/escalation", (string id, CaseQueries q) => q.Policy(id))
            .WithSummary("The queue's case escalation policy (the default until one is set)").RequireAuthorization(ApiAuthorization.Read);
        queues.MapPut("/{id}/escalation", (string id, EscalationPolicy? body, CaseCommands c) =>
                c.SetPolicy(id, body ?? throw new ApiValidationException("body", "A JSON request body is required.")))
            .WithSummary("Set the escalation steps: pickupMinutes, supervisorMinutes, managersMinutes (null switches a step off), specialistQueueId, raisePriority")
            .RequireAuthorization(ApiAuthorization.Operate);
        queues.WithOpenApiResponses();

        var notices = api.MapGroup("/case-notifications").WithTags("Cases").RequireAuthorization(ApiAuthorization.Operate);
        notices.MapGet("/", (HttpContext http, CaseQueries q, string? audience, bool? unacknowledged, string? take) =>
                q.Notifications(Audiences(http, audience), unacknowledged ?? false, Take(take)))
            .WithSummary("Escalation notices, newest first: supervisors see the supervisors' notices, admins the managers' too");
        notices.MapPost("/{id}/ack", async (string id, HttpContext http, CaseQueries q, CaseCommands c) =>
            {
                var visible = await q.Notifications(Audiences(http, null), take: 1_000);
                if (visible.All(n => n.NotificationId != id)) throw ContactCenterException.NotFound("Notification", id);
                return await c.Acknowledge(id);
            })
            .WithSummary("Acknowledge a notice; who and when are recorded on it and on the case timeline");
        notices.WithOpenApiResponses();
    }

    private static ServiceContract Contract(string id, ContractRequest? body)
    {
        if (body is null) throw new ApiValidationException("body", "A JSON request body is required.");
        ApiValidationException.Require(body.ContractId is null || body.ContractId == id, "contractId", $"contractId must be '{id}' or omitted.");
        return new ServiceContract(id, body.Name!, body.Targets!, body.Coverage!);
    }

    /// <summary>The audiences the user may see, narrowed by the audience asked for.</summary>
    internal static IReadOnlyCollection<NotificationAudience> Audiences(HttpContext http, string? audience)
    {
        IReadOnlyCollection<NotificationAudience> mine = http.User.IsInRole(Roles.Admin)
            ? [NotificationAudience.Supervisors, NotificationAudience.Managers] : [NotificationAudience.Supervisors];
        if (CaseEndpoints.Parse<NotificationAudience>(audience, "audience") is not { } asked) return mine;
        if (!mine.Contains(asked)) throw Forbidden.Because($"Your role may not read the {asked} notices.");
        return [asked];
    }

    private static int Take(string? take) => CaseEndpoints.ParseInt(take, "take") switch
    {
        null => 100,
        >= 1 and <= 1_000 and var t => t,
        _ => throw ContactCenterException.Invalid("take", "take must be between 1 and 1000."),
    };
}
