using ContactCenter.Contracts;
using ContactCenter.Silo.Api;

namespace ContactCenter.Silo.Services;

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

    public Task<QueueSnapshot> ConfigureQueue(string id, QueueConfig config)
    {
        ApiValidationException.Require(config.QueueId is null || config.QueueId == id, "queueId", $"queueId must be '{id}' or omitted.");
        return grains.GetGrain<IQueueGrain>(id).Configure(config with
        {
            QueueId = id,
            Widening = config.Widening ?? [],
            Weights = config.Weights ?? PriorityWeights.Default,
            Overflow = config.Overflow ?? OverflowTarget.None,
        });
    }

    public Task<IReadOnlyList<EntryRule>> EntryRules() => Directory.GetEntryRules();

    public Task SetEntryRules(IReadOnlyList<EntryRule> rules) => Directory.SetEntryRules(rules);
}
