using ContactCenter.Contracts;
using ContactCenter.Dashboard.Api;

namespace ContactCenter.Dashboard.Services;

/// <summary>Call controls on a connected interaction; the interaction grain validates every transition.</summary>
public sealed class CallCommands(IGrainFactory grains)
{
    public Task<InteractionSnapshot> Hold(string id) => Interaction(id).Hold();
    public Task<InteractionSnapshot> Resume(string id) => Interaction(id).Resume();
    public Task<InteractionSnapshot> Mute(string id) => Interaction(id).Mute();
    public Task<InteractionSnapshot> Unmute(string id) => Interaction(id).Unmute();
    public Task<InteractionSnapshot> HangUp(string id) => Interaction(id).HangUp();
    public Task<InteractionSnapshot> TransferToConsulted(string id) => Interaction(id).TransferToConsulted();
    public Task<InteractionSnapshot> Conference(string id) => Interaction(id).Conference();
    public Task<InteractionSnapshot> CancelConsult(string id) => Interaction(id).CancelConsult();

    /// <summary>Exactly one target; the interaction grain checks it (a target present but blank is refused, not ignored).</summary>
    public Task<InteractionSnapshot> Consult(string id, ConsultRequest request) =>
        Interaction(id).Consult(new ConsultTarget(request.AgentId, request.QueueId));

    /// <summary>Whether the agent is on this call: its owner, a conference party, or the agent being consulted.</summary>
    public async Task<bool> IsOnTheCall(string id, string agentId)
    {
        var interaction = await Interaction(id).GetSnapshot();
        return interaction.AgentId == agentId || interaction.Call?.Parties.Contains(agentId) == true || interaction.Call?.Consult?.AgentId == agentId;
    }

    private IInteractionGrain Interaction(string id) => grains.GetGrain<IInteractionGrain>(id);
}
