using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Supervisor and admin edits, one grain operation each, and the audit trails. The acting user is set for
/// every API call by <see cref="ApiSetup"/>; the owning grains validate, refuse and audit.
/// </summary>
internal static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this RouteGroupBuilder api)
    {
        var agents = api.MapGroup("/agents").WithTags("Agents");
        agents.MapPut("/{id}/skills/{skill}", (string id, string skill, SkillRequest body, IGrainFactory g) =>
                Agent(g, id).SetSkill(skill, body.Proficiency ?? throw new ApiValidationException("proficiency", "proficiency is required (1 to 10).")))
            .WithSummary("Add a skill or change its proficiency (1–10; others refused)").RequireAuthorization(ApiAuthorization.Operate);
        agents.MapDelete("/{id}/skills/{skill}", (string id, string skill, IGrainFactory g) => Agent(g, id).RemoveSkill(skill))
            .WithSummary("Remove a skill (the last one is refused)").RequireAuthorization(ApiAuthorization.Operate);
        agents.MapPost("/{id}/force", (string id, ForceRequest body, IGrainFactory g) =>
                Agent(g, id).Force(body.Presence ?? throw new ApiValidationException("presence", "presence is required: NotReady, LoggedOut or Ready."),
                    body.Reason ?? throw new ApiValidationException("reason", "reason is required.")))
            .WithSummary("Force NotReady or LoggedOut, or make a NotReady agent Ready (409 naming both states otherwise)").RequireAuthorization(ApiAuthorization.Operate);
        agents.MapDelete("/{id}", async (string id, IGrainFactory g) => { await Agent(g, id).Retire(); return TypedResults.NoContent(); })
            .WithSummary("Retire an agent (409 while logged in or holding work)").RequireAuthorization(ApiAuthorization.Operate);
        agents.MapPost("/{id}/restore", (string id, IGrainFactory g) => Agent(g, id).Reinstate())
            .WithSummary("Bring a retired agent back, logged out").RequireAuthorization(ApiAuthorization.Operate);
        agents.MapGet("/{id}/audit", (string id, IGrainFactory g) => Agent(g, id).GetAudit())
            .WithSummary("Who changed the agent, when, old → new (newest first, newest 500 kept)").RequireAuthorization(ApiAuthorization.Read);
        agents.WithOpenApiResponses();

        var queues = api.MapGroup("/queues").WithTags("Queues");
        queues.MapPut("/{id}/service-level", (string id, ServiceLevelRequest body, IGrainFactory g) =>
                Queue(g, id).ChangeTargets(new QueueTargetsChange(body.Percent, body.ThresholdSeconds, body.MaxWaitSeconds)))
            .WithSummary("Change service level %, threshold and maximum wait; omitted fields keep their value").RequireAuthorization(ApiAuthorization.Operate);
        queues.MapPut("/{id}/wrap-up", (string id, WrapUpRequest body, IGrainFactory g) =>
                Queue(g, id).ChangeTargets(new QueueTargetsChange(ChangeWrapUp: true, WrapUpSeconds: body.WrapUpSeconds)))
            .WithSummary("Set the wrap-up limit (1–3600 s, null for none)").RequireAuthorization(ApiAuthorization.Operate);
        queues.MapDelete("/{id}", async (string id, IGrainFactory g) => { await Queue(g, id).Retire(); return TypedResults.NoContent(); })
            .WithSummary("Retire a queue (409 while work waits or is held, a rule routes to it or a queue overflows into it)").RequireAuthorization(ApiAuthorization.Operate);
        queues.MapPost("/{id}/restore", (string id, IGrainFactory g) => Queue(g, id).Reinstate())
            .WithSummary("Bring a retired queue back").RequireAuthorization(ApiAuthorization.Operate);
        queues.MapGet("/{id}/audit", (string id, IGrainFactory g) => Queue(g, id).GetAudit())
            .WithSummary("Who changed the queue, when, old → new (newest first, newest 500 kept)").RequireAuthorization(ApiAuthorization.Read);
        queues.WithOpenApiResponses();

        var rules = api.MapGroup("/entry-rules").WithTags("Entry rules");
        rules.MapGet("/audit", (IGrainFactory g) => Directory(g).GetEntryRuleAudit())
            .WithSummary("Who changed the entry rules, when, old → new (newest first, newest 500 kept)").RequireAuthorization(ApiAuthorization.Read);
        rules.MapGet("/retired", (IGrainFactory g) => Directory(g).GetRetiredEntryRules())
            .WithSummary("Retired entry rules").RequireAuthorization(ApiAuthorization.Read);
        rules.MapDelete("/{name}", async (string name, IGrainFactory g) => { await Directory(g).RetireEntryRule(name); return TypedResults.NoContent(); })
            .WithSummary("Retire an entry rule by name").RequireAuthorization(ApiAuthorization.Operate);
        rules.MapPost("/{name}/restore", async (string name, IGrainFactory g) => { await Directory(g).RestoreEntryRule(name); return TypedResults.NoContent(); })
            .WithSummary("Put a retired entry rule back where it was").RequireAuthorization(ApiAuthorization.Operate);
        rules.WithOpenApiResponses();
    }

    private static IAgentGrain Agent(IGrainFactory g, string id) => g.GetGrain<IAgentGrain>(id);
    private static IQueueGrain Queue(IGrainFactory g, string id) => g.GetGrain<IQueueGrain>(id);
    private static IRoutingDirectoryGrain Directory(IGrainFactory g) => g.GetGrain<IRoutingDirectoryGrain>("center");
}
