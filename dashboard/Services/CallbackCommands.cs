using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>Callbacks: a caller's request, an agent's dial, and the counts per queue; the grains decide everything.</summary>
public sealed class CallbackCommands(IGrainFactory grains)
{
    public Task<InteractionSnapshot> Request(string interactionId, DateTimeOffset? at) => grains.GetGrain<IInteractionGrain>(interactionId).RequestCallback(at);

    public Task<InteractionSnapshot> Dial(string interactionId) => grains.GetGrain<IInteractionGrain>(interactionId).Dial();
}
