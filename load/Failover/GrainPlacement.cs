using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using Orleans.Runtime;

namespace ContactCenter.Load.Failover;

/// <summary>
/// What went down with the killed silo: whether the run's queue lived there, and how many of its agents and
/// live calls. Read to explain a measurement (a kill that missed the queue barely shows), not to judge it.
/// </summary>
internal sealed record KillPlacement(string KilledSilo, string? QueueSilo, bool QueueOnKilledSilo, int AgentsOnKilledSilo, int Agents, int LiveCallsOnKilledSilo, int LiveCalls);

/// <summary>Where grains are activated just before the kill, and which silo membership declared dead after it.</summary>
internal sealed class GrainPlacement(IReadOnlyCollection<SiloAddress> activeBefore, IReadOnlyDictionary<string, SiloAddress?> agents, IReadOnlyDictionary<string, SiloAddress?> calls, SiloAddress? queue)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>The silo port of the silo hosting the run's queue just before the kill, when known.</summary>
    public int? QueueSiloPort => queue?.Endpoint.Port;

    public static async Task<GrainPlacement> SnapshotAsync(IGrainFactory grains, LoadPlan plan, IReadOnlyList<string> liveCalls, TimeProvider time)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var active = (await management.GetHosts(onlyActive: true).WaitAsync(Bound, time)).Keys.ToArray();
        async Task<KeyValuePair<string, SiloAddress?>> Where(string id, IAddressable grain) =>
            new(id, await management.GetActivationAddress(grain).AsTask().WaitAsync(Bound, time));
        // Every queue's live routing state is the router's: "the queue host" is the router's silo.
        var queue = await Where(RouterKey.Center, grains.GetGrain<IRouterGrain>(RouterKey.Center));
        var agents = await Task.WhenAll(plan.AgentsInDutyOrder.Select(id => Where(id, grains.GetGrain<IAgentGrain>(id))));
        var calls = await Task.WhenAll(liveCalls.Select(id => Where(id, grains.GetGrain<IInteractionGrain>(id))));
        return new GrainPlacement(active, agents.ToDictionary(), calls.ToDictionary(), queue.Value);
    }

    /// <summary>Which silo active before the kill membership no longer lists as active; null while it has not noticed yet.</summary>
    public async Task<KillPlacement?> AfterKillAsync(IGrainFactory grains, TimeProvider time)
    {
        var now = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(Bound, time);
        if (activeBefore.FirstOrDefault(s => !now.ContainsKey(s)) is not { } killed) return null;
        return new KillPlacement(killed.Endpoint.ToString(), queue?.Endpoint.ToString(), killed.Equals(queue),
            agents.Values.Count(s => killed.Equals(s)), agents.Count, calls.Values.Count(s => killed.Equals(s)), calls.Count);
    }
}
