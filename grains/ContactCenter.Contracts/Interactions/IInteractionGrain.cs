namespace ContactCenter.Contracts;

/// <summary>
/// One call, chat, email or callback and its lifecycle:
/// Created → Queued → Offered → Connected → WrapUp → one terminal state. Keyed by interaction id.
/// </summary>
public interface IInteractionGrain : IGrainWithStringKey
{
    /// <summary>Applies the entry rules, looks up the customer and queues the interaction.</summary>
    Task<InteractionSnapshot> Create(NewInteraction request);

    Task<InteractionSnapshot> GetSnapshot();

    /// <summary>Telephony reports the call answered: same as the offered agent accepting.</summary>
    Task<InteractionSnapshot> Answered();

    /// <summary>The customer side ended a connected interaction; the agent enters wrap-up.</summary>
    Task<InteractionSnapshot> Ended();

    /// <summary>The caller hung up before being connected: terminal Abandoned.</summary>
    Task<InteractionSnapshot> Abandon();

    /// <summary>Moves a waiting, offered or connected interaction to another queue, keeping its arrival time.</summary>
    Task<InteractionSnapshot> TransferToQueue(string queueId);

    /// <summary>Offers the interaction directly to a named agent, who must be able to take it now.</summary>
    Task<InteractionSnapshot> TransferToAgent(string agentId);

    /// <summary>A queue or agent offered the interaction to an agent. False if it can no longer be offered.</summary>
    [AlwaysInterleave]
    Task<bool> Offered(Offer offer);

    /// <summary>The offered agent accepted. False if the interaction has gone meanwhile.</summary>
    [AlwaysInterleave]
    Task<bool> Connected(string agentId);

    /// <summary>The offer lapsed or was declined; the interaction is queued again.</summary>
    [AlwaysInterleave]
    Task OfferReturned(string agentId, string reason);

    /// <summary>The agent finished wrap-up: terminal Completed.</summary>
    [AlwaysInterleave]
    Task Completed(string agentId, string? wrapUpCode, string? notes);

    /// <summary>
    /// A queue moved the interaction on after its maximum wait: to movedTo's queue when given,
    /// otherwise to a terminal state (CallbackScheduled for a callback target, else Overflowed).
    /// False if the interaction had already ended, so the queue must not send it on.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> Overflowed(string fromQueueId, OverflowTarget target, QueueEntry? movedTo);
}
