using ContactCenter.Contracts;

namespace ContactCenter.Load.Engine;

/// <summary>Creates a plan's queues, customers and agents on the cluster, and signs the agents out at the end.</summary>
internal static class LoadSetup
{
    private const int Batch = 256;

    public static async Task ConfigureAsync(IGrainFactory grains, LoadPlan plan, CancellationToken ct)
    {
        foreach (var queue in plan.Queues) await grains.GetGrain<IQueueGrain>(queue.Id).Configure(queue.Config);
        foreach (var chunk in plan.Customers.Chunk(Batch))
        {
            ct.ThrowIfCancellationRequested();
            await Task.WhenAll(chunk.Select(c => grains.GetGrain<ICustomerGrain>(c.CustomerId).Upsert(c)));
        }
        var profiles = plan.Groups.SelectMany(g => g.AgentIds.Select(id => new AgentProfile(id, id, g.Name, g.Skills.ToArray(), ChannelCapacity.Default)));
        foreach (var chunk in profiles.Chunk(Batch))
            await Task.WhenAll(chunk.Select(p => grains.GetGrain<IAgentGrain>(p.AgentId).Configure(p)));
    }

    /// <summary>On a shared cluster, agents left signed in would stay routable after the run.</summary>
    public static async Task LogOutAsync(IGrainFactory grains, LoadPlan plan)
    {
        foreach (var chunk in plan.AgentsInDutyOrder.Chunk(Batch))
            await Task.WhenAll(chunk.Select(async id =>
            {
                try { await grains.GetGrain<IAgentGrain>(id).Logout(); }
                catch (ContactCenterException) { /* still busy: the cluster lets it finish */ }
            }));
    }
}
