using ContactCenter.Contracts;
using ContactCenter.Silo.Api;

namespace ContactCenter.Silo.Services;

/// <summary>What telephony, chat and email adapters do to interactions.</summary>
public sealed class InteractionCommands(IGrainFactory grains)
{
    public Task<InteractionSnapshot> Create(CreateInteractionRequest request)
    {
        ApiValidationException.Require(request.Channel is not null, "channel", "channel is required: Voice, Chat, Email or Callback.");
        ApiValidationException.Require(request.InteractionId is null || !string.IsNullOrWhiteSpace(request.InteractionId),
            "interactionId", "interactionId may be omitted but not blank.");
        ApiValidationException.Require(request.QueueId is null || !string.IsNullOrWhiteSpace(request.QueueId),
            "queueId", "queueId may be omitted but not blank.");
        var id = request.InteractionId ?? Guid.NewGuid().ToString("N");
        var attributes = request.Attributes ?? [];
        return Interaction(id).Create(new NewInteraction(request.Channel!.Value, request.CustomerId, request.CallerId,
            attributes, request.BasePriority, request.QueueId));
    }

    public Task<InteractionSnapshot> Get(string id) => Interaction(id).GetSnapshot();

    public async Task<RoutingDecision> LatestDecision(string id) =>
        (await Get(id)).Decisions.LastOrDefault()
        ?? throw ContactCenterException.NotFound("Routing decision for interaction", id);

    public Task<InteractionSnapshot> Answered(string id) => Interaction(id).Answered();

    public Task<InteractionSnapshot> Ended(string id) => Interaction(id).Ended();

    public Task<InteractionSnapshot> Abandoned(string id) => Interaction(id).Abandon();

    public Task<InteractionSnapshot> Transfer(string id, TransferRequest request)
    {
        var toQueue = !string.IsNullOrWhiteSpace(request.QueueId);
        var toAgent = !string.IsNullOrWhiteSpace(request.AgentId);
        ApiValidationException.Require(toQueue || toAgent, request.QueueId is not null ? "queueId" : "agentId",
            "Give a queueId or an agentId to transfer to.");
        ApiValidationException.Require(!(toQueue && toAgent), "agentId", "Give either queueId or agentId, not both.");
        return toQueue ? Interaction(id).TransferToQueue(request.QueueId!) : Interaction(id).TransferToAgent(request.AgentId!);
    }

    private IInteractionGrain Interaction(string id) => grains.GetGrain<IInteractionGrain>(id);
}
