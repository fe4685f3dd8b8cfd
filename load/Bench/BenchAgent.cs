using System.Collections.Concurrent;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>An agent that accepts every offer at once and completes it after a fixed handle time.</summary>
internal sealed class BenchAgent(string agentId, IGrainFactory grains, TimeSpan handle, Action<string> completed) : IAgentObserver
{
    private readonly ConcurrentDictionary<string, byte> _seen = new();

    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        foreach (var offer in snapshot.Work.Where(w => w.Status == WorkStatus.Offered))
            if (_seen.TryAdd(offer.InteractionId, 0)) _ = Handle(offer.InteractionId);
        return Task.CompletedTask;
    }

    private async Task Handle(string interactionId)
    {
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        try
        {
            await agent.Accept(interactionId);
            await Task.Delay(handle);
            await agent.Complete(interactionId, "bench", null);
        }
        catch (ContactCenterException) { /* lost a race; the run counts only what completed */ }
        finally
        {
            _seen.TryRemove(interactionId, out _);
            completed(interactionId);
        }
    }
}
