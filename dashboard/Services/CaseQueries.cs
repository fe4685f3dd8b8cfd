using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>Reads of cases, contracts, escalation policies and notifications, for the API and the pages.</summary>
public sealed class CaseQueries(IGrainFactory grains)
{
    public const string Center = "center";

    public Task<CasePage> Page(CaseQuery query)
    {
        query.Validate();
        return Board.Query(query);
    }

    public Task<CaseSnapshot> Get(string caseId) => grains.GetGrain<ICaseGrain>(caseId).GetSnapshot();

    public Task<CaseCounts> Counts() => Board.GetCounts();

    public Task<ServiceContract> Contract(string contractId) => grains.GetGrain<IServiceContractGrain>(contractId).Get();

    public Task<EscalationPolicy> Policy(string queueId) => grains.GetGrain<IEscalationPolicyGrain>(queueId).Get();

    /// <summary>Notices for the given audiences (null: every audience), newest first.</summary>
    public async Task<IReadOnlyList<CaseNotification>> Notifications(IReadOnlyCollection<NotificationAudience> audiences, bool unacknowledgedOnly = false, int take = 100)
    {
        var all = await Notices.GetRecent(audiences.Count == 1 ? audiences.First() : null, unacknowledgedOnly, take);
        return all.Where(n => audiences.Contains(n.Audience)).ToList();
    }

    /// <summary>A customer's open cases, for the screen pop; none for an anonymous or unknown caller.</summary>
    public async Task<IReadOnlyList<CustomerCase>> CustomerCases(string? customerId)
    {
        if (string.IsNullOrWhiteSpace(customerId)) return [];
        try { return await grains.GetGrain<ICustomerGrain>(customerId).GetCases(); }
        catch (ContactCenterException) { return []; }
    }

    /// <summary>Display names of customers, by id; an unknown id keeps its id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CustomerNames(IEnumerable<string> customerIds)
    {
        var names = await Task.WhenAll(customerIds.Distinct().Select(async id =>
        {
            try { return (Id: id, Name: (await grains.GetGrain<ICustomerGrain>(id).GetSnapshot()).Profile.Name); }
            catch (ContactCenterException) { return (Id: id, Name: id); }
        }));
        return names.ToDictionary(n => n.Id, n => n.Name);
    }

    public Task<IReadOnlyList<QueueSummary>> Queues() => grains.GetGrain<IRoutingDirectoryGrain>(Center).GetQueues();

    /// <summary>Agents by id with their display names, for reassigning.</summary>
    public async Task<IReadOnlyList<(string AgentId, string Name, string Team)>> Agents()
    {
        var ids = await grains.GetGrain<IRoutingDirectoryGrain>(Center).GetAgents();
        var snapshots = await Task.WhenAll(ids.Select(async id =>
        {
            try { return await grains.GetGrain<IAgentGrain>(id).GetSnapshot(); }
            catch (ContactCenterException) { return null; }
        }));
        return snapshots.OfType<AgentSnapshot>().Select(a => (a.Profile.AgentId, a.Profile.Name, a.Profile.Team))
            .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Whether the agent owns the case; an unknown case is the grain's 404, not a refusal.</summary>
    public async Task<bool> IsOwner(string caseId, string agentId) => (await Get(caseId)).AgentId == agentId;

    /// <summary>Whether the agent is (or was) the agent of the interaction: the one it may open a case from.</summary>
    public async Task<bool> HandledBy(string interactionId, string agentId)
    {
        var interaction = await grains.GetGrain<IInteractionGrain>(interactionId).GetSnapshot();
        return interaction.AgentId == agentId || interaction.Call?.Parties.Contains(agentId) == true;
    }

    private ICaseBoardGrain Board => grains.GetGrain<ICaseBoardGrain>(Center);
    private ICaseNotificationsGrain Notices => grains.GetGrain<ICaseNotificationsGrain>(Center);
}
