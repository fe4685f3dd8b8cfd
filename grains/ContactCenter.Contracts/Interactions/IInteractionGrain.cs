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

    /// <summary>
    /// The router offered the interaction to an agent. When it can no longer be offered (it ended, or is moving), the
    /// interaction tells the agent (OfferWithdrawn) and the router (OfferRejected).
    /// </summary>
    [AlwaysInterleave, OneWay]
    Task Offered(Offer offer);

    /// <summary>The offered agent accepted. False if the interaction has gone meanwhile.</summary>
    [AlwaysInterleave]
    Task<bool> Connected(string agentId);

    /// <summary>The offer lapsed or was declined; the interaction is queued again.</summary>
    [AlwaysInterleave]
    Task OfferReturned(string agentId, string reason);

    /// <summary>
    /// The agent finished wrap-up: terminal Completed. how, when given, says so in the timeline. Decides at once; the
    /// stored record and the customer's history follow in an ordinary turn.
    /// </summary>
    [AlwaysInterleave]
    Task Completed(string agentId, string? wrapUpCode, string? notes, string? how = null);

    /// <summary>Puts the connected caller on hold. Refused (409 naming both states) unless talking.</summary>
    Task<InteractionSnapshot> Hold();

    /// <summary>Takes the caller off hold; refused unless on hold with no consult under way.</summary>
    Task<InteractionSnapshot> Resume();

    /// <summary>Mutes the agent's microphone.</summary>
    Task<InteractionSnapshot> Mute();

    Task<InteractionSnapshot> Unmute();

    /// <summary>The agent ends the call: the agent (and any conference party) enters wrap-up.</summary>
    Task<InteractionSnapshot> HangUp();

    /// <summary>
    /// Dials another agent (or the first free agent of a queue) while the caller waits on hold. The consulted
    /// agent's console shows a consult request to accept.
    /// </summary>
    Task<InteractionSnapshot> Consult(ConsultTarget target);

    /// <summary>After an answered consult: the consulted agent takes the call, the first agent enters wrap-up.</summary>
    Task<InteractionSnapshot> TransferToConsulted();

    /// <summary>After an answered consult: the caller and both agents are on the call together.</summary>
    Task<InteractionSnapshot> Conference();

    /// <summary>Ends the consult (ringing or answered); the caller stays on hold with the first agent.</summary>
    Task<InteractionSnapshot> CancelConsult();

    /// <summary>The consulted agent answered. False if the consult is no longer ringing for it.</summary>
    [AlwaysInterleave]
    Task<bool> ConsultAnswered(string agentId);

    /// <summary>The consulted agent declined or did not answer in time.</summary>
    [AlwaysInterleave]
    Task ConsultRefused(string agentId, string reason);

    /// <summary>
    /// The router moved the interaction on after its maximum wait: to movedTo's queue when given,
    /// otherwise to a terminal state (CallbackScheduled for a callback target, else Overflowed).
    /// False if the interaction had already ended, so the router must not send it on. Decides at once;
    /// storing follows in an ordinary turn.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> Overflowed(string fromQueueId, OverflowTarget target, QueueEntry? movedTo);

    /// <summary>
    /// The waiting caller chooses a callback at <paramref name="at"/> (null: as soon as possible): this interaction ends
    /// as CallbackScheduled and a Callback interaction, linked both ways and keeping this one's arrival time, waits for
    /// that time. Invalid naming "at" when in the past or too far ahead; Conflict unless waiting or offered. Returns the callback.
    /// </summary>
    Task<InteractionSnapshot> RequestCallback(DateTimeOffset? at);

    /// <summary>Creates this interaction as the callback of <paramref name="origin"/>, waiting for its due time. Idempotent.</summary>
    Task<InteractionSnapshot> ScheduleCallback(CallbackOrigin origin);

    /// <summary>The schedule says the callback's time has come: it is queued with its original arrival time.</summary>
    Task CallbackDue();

    /// <summary>
    /// The agent holding a callback dials the customer through the telephony port. Answered: the call is connected and
    /// runs like any call. No answer or busy: tried again after <see cref="CallbackPolicy.RetryAfter"/>, and after
    /// <see cref="CallbackPolicy.MaxAttempts"/> tries it ends Abandoned. Either way the agent goes to wrap-up.
    /// </summary>
    Task<InteractionSnapshot> Dial();

    /// <summary>Does the awaited work a notification decided (store, customer history), in an ordinary turn.</summary>
    [OneWay]
    Task Settle();
}
