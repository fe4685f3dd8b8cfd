using ContactCenter.Dashboard.Auth;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

internal static class QueueEndpoints
{
    public static void MapQueueEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/queues").WithTags("Queues");
        group.MapGet("/", (CenterQueries q) => q.Queues()).WithSummary("Every queue: waiting interactions, available agents, stats").RequireAuthorization(ApiAuthorization.Read);
        group.MapGet("/{id}", (string id, CenterQueries q) => q.Queue(id)).WithSummary("One queue").RequireAuthorization(ApiAuthorization.Read);
        group.MapPut("/{id}", (string id, QueueConfig config, CenterQueries q) => q.ConfigureQueue(id, config))
            .WithSummary("Create or update a queue's skills, service level, maximum wait, overflow, widening and weights").RequireAuthorization(ApiAuthorization.Operate);
        group.WithOpenApiResponses();

        var rules = api.MapGroup("/entry-rules").WithTags("Entry rules");
        rules.MapGet("/", (CenterQueries q) => q.EntryRules()).WithSummary("The rules that map IVR attributes to queues").RequireAuthorization(ApiAuthorization.Read);
        rules.MapPut("/", async (List<EntryRule> body, CenterQueries q) =>
        {
            await q.SetEntryRules(body);
            return TypedResults.NoContent();
        }).WithSummary("Replace the entry rules").RequireAuthorization(ApiAuthorization.Operate);
        rules.WithOpenApiResponses();
    }
}
