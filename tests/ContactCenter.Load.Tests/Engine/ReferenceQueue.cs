using ContactCenter.Load.Engine;

namespace ContactCenter.Load.Tests.Engine;

/// <summary>
/// An independent first-come-first-served simulation of n identical agents fed the very same planned calls:
/// what the cluster must reproduce when it routes one queue in arrival order.
/// </summary>
internal static class ReferenceQueue
{
    public static double[] Waits(IReadOnlyList<PlannedCall> calls, PlannedAgentGroup group)
    {
        var free = new PriorityQueue<int, double>();
        for (var i = 0; i < group.AgentIds.Count; i++) free.Enqueue(i, 0);
        var waits = new double[calls.Count];
        foreach (var call in calls.OrderBy(c => c.AtSeconds))
        {
            free.TryDequeue(out var agent, out var freeAt);
            var start = Math.Max(call.AtSeconds, freeAt);
            waits[call.Index] = start - call.AtSeconds;
            free.Enqueue(agent, start + call.HandleSeconds(group));
        }
        return waits;
    }
}
