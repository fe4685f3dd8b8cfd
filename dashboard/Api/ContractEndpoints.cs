using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Service contracts and queue escalation policies. The owning grains validate
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
    }

    private static ServiceContract Contract(string id, ContractRequest? body)
    {
        if (body is null) throw new ApiValidationException("body", "A JSON request body is required.");
        ApiValidationException.Require(body.ContractId is null || body.ContractId == id, "contractId", $"contractId must be '{id}' or omitted.");
        return new ServiceContract(id, body.Name!, body.Targets!, body.Coverage!);
    }
}
