using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>Escalation notices for supervisors and managers: read them and acknowledge them (who and when are recorded).</summary>
internal static class CaseNotificationEndpoints
{
    public static void MapCaseNotificationEndpoints(this RouteGroupBuilder api)
    {
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

    /// <summary>The audiences the user may see, narrowed by the audience asked for.</summary>
    internal static IReadOnlyCollection<NotificationAudience> Audiences(HttpContext http, string? audience)
    {
        var mine = CasePolicies.NoticeAudiences(http.User);
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
