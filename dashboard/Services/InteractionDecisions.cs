using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>An interaction with the names its decision page shows instead of bare ids.</summary>
public sealed record DecisionDetails(
    InteractionSnapshot Interaction,
    IReadOnlyDictionary<string, string> AgentNames,
    IReadOnlyDictionary<string, string> QueueNames,
    string? CustomerName,
    IReadOnlyDictionary<string, int> ThresholdSeconds)
{
    public string Agent(string id) => AgentNames.GetValueOrDefault(id, id);
    public string Queue(string id) => QueueNames.GetValueOrDefault(id, id);

    /// <summary>A routing reason with the chosen agent's id replaced by their name ("Priya Shah has the highest proficiency…").</summary>
    public string Readable(string reason, string agentId) =>
        AgentNames.TryGetValue(agentId, out var name) && name != agentId ? reason.Replace(agentId, name, StringComparison.Ordinal) : reason;
}

/// <summary>Reads an interaction for "why this agent", and the names of the agents, queues and customer it mentions.</summary>
public sealed class InteractionDecisions(IGrainFactory grains)
{
    public async Task<DecisionDetails> Load(string interactionId)
    {
        var interaction = await grains.GetGrain<IInteractionGrain>(interactionId).GetSnapshot();
        var agentIds = interaction.Decisions.SelectMany(d => d.Candidates.Select(c => c.AgentId).Append(d.AgentId))
            .Append(interaction.AgentId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var decidingQueues = interaction.Decisions.Select(d => d.QueueId).Distinct(StringComparer.Ordinal).ToArray();
        var agents = Task.WhenAll(agentIds.Select(AgentName));
        var queues = grains.GetGrain<IRoutingDirectoryGrain>("center").GetQueues();
        var thresholds = Task.WhenAll(decidingQueues.Select(Threshold));
        var customer = CustomerName(interaction.CustomerId);
        await Task.WhenAll(agents, queues, thresholds, customer);
        return new DecisionDetails(interaction,
            (await agents).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal),
            (await queues).ToDictionary(q => q.QueueId, q => q.Name, StringComparer.Ordinal),
            await customer,
            (await thresholds).Where(t => t.Seconds is not null).ToDictionary(t => t.Id, t => t.Seconds!.Value, StringComparer.Ordinal));
    }

    /// <summary>An agent removed since the decision keeps its id as its name.</summary>
    private async Task<(string Id, string Name)> AgentName(string id)
    {
        try { return (id, (await grains.GetGrain<IAgentGrain>(id).GetSnapshot()).Profile.Name); }
        catch (ContactCenterException) { return (id, id); }
    }

    private async Task<(string Id, int? Seconds)> Threshold(string queueId)
    {
        try { return (queueId, (await grains.GetGrain<IQueueGrain>(queueId).GetConfig()).ServiceLevel.ThresholdSeconds); }
        catch (ContactCenterException) { return (queueId, null); }
    }

    private async Task<string?> CustomerName(string? customerId)
    {
        if (customerId is null) return null;
        try { return (await grains.GetGrain<ICustomerGrain>(customerId).GetSnapshot()).Profile.Name; }
        catch (ContactCenterException) { return null; }
    }
}
