using ContactCenter.Contracts;
using ContactCenter.Contracts.Validation;
using ContactCenter.Dashboard.Api;

namespace ContactCenter.Dashboard.Services;

/// <summary>What telephony, chat and email adapters do to interactions.</summary>
public sealed class InteractionCommands(IGrainFactory grains)
{
    public Task<InteractionSnapshot> Create(CreateInteractionRequest request)
    {
        ApiValidationException.Require(request.Channel is not null, "channel", "channel is required: Voice, Chat, Email or Callback.");
        // The id becomes the grain key, so it is checked before the grain is addressed; the grain checks it again with the rest.
        var id = Ids.Require(request.InteractionId ?? Guid.NewGuid().ToString("N"), "interactionId");
        return Interaction(id).Create(new NewInteraction(request.Channel!.Value, request.CustomerId, request.CallerId,
            request.Attributes ?? [], request.BasePriority, request.QueueId));
    }

    public Task<InteractionSnapshot> Get(string id) => Interaction(id).GetSnapshot();

    public async Task<RoutingDecision> LatestDecision(string id) =>
        (await Get(id)).Decisions.LastOrDefault()
        ?? throw ContactCenterException.NotFound("Routing decision for interaction", id);

    public Task<InteractionSnapshot> Answered(string id) => Interaction(id).Answered();

    public Task<InteractionSnapshot> Ended(string id) => Interaction(id).Ended();

    public Task<InteractionSnapshot> Abandoned(string id) => Interaction(id).Abandon();

    /// <summary>Exactly one target; a target that is present but blank is refused, not ignored.</summary>
    public Task<InteractionSnapshot> Transfer(string id, TransferRequest request)
    {
        ApiValidationException.Require(request.QueueId is not null || request.AgentId is not null, "queueId",
            "Give a queueId or an agentId to transfer to.");
        ApiValidationException.Require(request.QueueId is null || request.AgentId is null, "agentId", "Give either queueId or agentId, not both.");
        return request.QueueId is not null
            ? Interaction(id).TransferToQueue(request.QueueId)
            : Interaction(id).TransferToAgent(request.AgentId!);
    }

    /// <summary>
    /// A survey score for a finished interaction goes on its customer's contact record, which rescores the
    /// customer; the answer is the customer's churn as it now stands.
    /// </summary>
    public async Task<CustomerChurnView> RecordSatisfaction(string id, SatisfactionRequest request)
    {
        ApiValidationException.Require(request.Score is >= 1 and <= 5, "score", "score must be a whole number from 1 to 5.");
        var interaction = await Interaction(id).GetSnapshot();
        if (!interaction.Status.IsTerminal())
            throw ContactCenterException.Conflict($"Interaction '{id}' is {interaction.Status}; only a finished interaction can be rated.");
        if (string.IsNullOrWhiteSpace(interaction.CustomerId))
            throw ContactCenterException.Conflict($"Interaction '{id}' has no known customer to rate it.");
        var customer = grains.GetGrain<ICustomerGrain>(interaction.CustomerId);
        await customer.RecordSatisfaction(id, request.Score!.Value);
        return await customer.GetChurn();
    }

    private IInteractionGrain Interaction(string id) => grains.GetGrain<IInteractionGrain>(id);
}
