using ContactCenter.Contracts;
using ContactCenter.Dashboard.Api;

namespace ContactCenter.Dashboard.Services;

/// <summary>Reads of queues and agents; lists fan out with Task.WhenAll.</summary>
public sealed class CenterQueries(IGrainFactory grains)
{
    private IRoutingDirectoryGrain Directory => grains.GetGrain<IRoutingDirectoryGrain>("center");

    public async Task<AgentSnapshot[]> Agents()
    {
        var ids = await Directory.GetAgents();
        return await Task.WhenAll(ids.Select(id => grains.GetGrain<IAgentGrain>(id).GetSnapshot()));
    }

    public async Task<QueueSnapshot[]> Queues()
    {
        var queues = await Directory.GetQueues();
        return await Task.WhenAll(queues.Select(q => grains.GetGrain<IQueueGrain>(q.QueueId).GetSnapshot()));
    }

    public Task<QueueSnapshot> Queue(string id) => grains.GetGrain<IQueueGrain>(id).GetSnapshot();

    public Task<QueueSnapshot> ConfigureQueue(string id, QueueConfig config) =>
        grains.GetGrain<IQueueGrain>(id).Configure(BodyChecks.Queue(id, config));

    public Task<IReadOnlyList<EntryRule>> EntryRules() => Directory.GetEntryRules();

    /// <summary>The directory checks the rules and that their queues exist.</summary>
    public Task SetEntryRules(IReadOnlyList<EntryRule> rules) => Directory.SetEntryRules(BodyChecks.Rules(rules));
}
