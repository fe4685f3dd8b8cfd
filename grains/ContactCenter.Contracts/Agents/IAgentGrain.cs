namespace ContactCenter.Contracts;

/// <summary>
/// One agent: profile, presence state machine, current work and counters. Keyed by agent id.
/// Methods marked AlwaysInterleave are notifications from the router and interactions; they change
/// state without awaiting anything, which keeps the call graph free of deadlocks.
/// </summary>
public interface IAgentGrain : IGrainWithStringKey, IAgentSupervision
{
    /// <summary>Creates or updates the agent's profile (skills, team, capacity).</summary>
    Task<AgentSnapshot> Configure(AgentProfile profile);

    /// <summary>The agent's current state.</summary>
    Task<AgentSnapshot> GetSnapshot();

    /// <summary>LoggedOut to NotReady("login").</summary>
    Task<AgentSnapshot> Login();

    /// <summary>Becomes Ready; the router offers it the best waiting interaction across all of the agent's queues.</summary>
    Task<AgentSnapshot> SetReady();

    /// <summary>Becomes NotReady with a reason.</summary>
    Task<AgentSnapshot> SetNotReady(string reason);

    /// <summary>Logs out; refused while the agent holds work.</summary>
    Task<AgentSnapshot> Logout();

    /// <summary>Accepts an offered interaction: the agent becomes Busy.</summary>
    Task<AgentSnapshot> Accept(string interactionId);

    /// <summary>Declines an offer: it goes back to the front of its queue, the agent goes NotReady("declined").</summary>
    Task<AgentSnapshot> Decline(string interactionId);

    /// <summary>
    /// Keeps the wrap-up code and notes chosen so far, so a wrap-up that reaches the queue's limit is completed
    /// with them. Allowed while the interaction is connected or in wrap-up.
    /// </summary>
    Task<AgentSnapshot> SaveWrapUp(string interactionId, string? wrapUpCode, string? notes);

    /// <summary>
    /// Finishes wrap-up of an interaction; the agent returns to the presence it chose (Ready unless it asked for
    /// NotReady meanwhile) and pulls more work. The code is optional here, for adapters and tools; the console asks for one.
    /// When the queue has a wrap-up limit, the agent's timer completes the wrap-up by itself when it runs out.
    /// </summary>
    Task<AgentSnapshot> Complete(string interactionId, string? wrapUpCode, string? notes);

    /// <summary>
    /// A supervisor forces the agent NotReady or LoggedOut (an agent who has gone), or makes a NotReady agent
    /// Ready (Conflict from any other state). Pending offers go back to the front of their queues and wrap-ups
    /// are completed with code "forced"; a connected interaction must be transferred or ended first (Conflict).
    /// </summary>
    Task<AgentSnapshot> Force(AgentPresence target, string reason);

    /// <summary>Checks offer timeouts, consult timeouts and wrap-up limits now (a one-shot grain timer does this when one is due).</summary>
    Task EvaluateTimers();

    /// <summary>
    /// The router offers an interaction and has reserved the agent for it. The agent takes it if it still can (one
    /// offer at a time, room on the channel); otherwise it tells the router (OfferRefused).
    /// </summary>
    [AlwaysInterleave, OneWay]
    Task Offer(Offer offer);

    /// <summary>A direct transfer asks the agent to reserve itself for an offer. Returns false if it cannot.</summary>
    [AlwaysInterleave]
    Task<bool> TryReserve(Offer offer);

    /// <summary>The interaction went away before it was accepted; reason ("caller hung up") is shown on the console.</summary>
    [AlwaysInterleave]
    Task OfferWithdrawn(string interactionId, string? reason = null);

    /// <summary>The customer side ended a connected interaction: the agent moves to wrap-up for it.</summary>
    [AlwaysInterleave]
    Task InteractionEnded(string interactionId);

    /// <summary>The agent's interaction was transferred away: it leaves the agent's work list into wrap-up.</summary>
    [AlwaysInterleave]
    Task InteractionTransferred(string interactionId);

    /// <summary>Another agent asks this one to consult on a call. Returns false if the agent cannot take it now.</summary>
    [AlwaysInterleave]
    Task<bool> TryReserveConsult(ConsultOffer offer);

    /// <summary>A consult request or leg ended (cancelled, call ended, not answered); it leaves the work list.</summary>
    [AlwaysInterleave]
    Task ConsultEnded(string interactionId, string reason);

    /// <summary>The consulting agent transferred the call to this agent: the consult leg becomes its own call.</summary>
    [AlwaysInterleave]
    Task ConsultTakenOver(string interactionId);

    /// <summary>The call's voice state changed (hold, mute, consult, conference); hold time is added to the counters.</summary>
    [AlwaysInterleave]
    Task CallChanged(string interactionId, CallState call);

    /// <summary>Whether the interaction is in this agent's work list (offered, connected or in wrap-up).</summary>
    [AlwaysInterleave]
    Task<bool> Holds(string interactionId);

    /// <summary>A router that lost its memory (its silo died) asks logged-in agents to tell it their availability again.</summary>
    [AlwaysInterleave, OneWay]
    Task Announce();

    /// <summary>
    /// Subscribes to live changes; re-subscribe within the expiry window (every few seconds is best). An agent
    /// whose grain was moved by a silo's death comes back NotReady ("reconnecting") and regains the presence
    /// it had chosen when its console subscribes again.
    /// </summary>
    Task Subscribe(IAgentObserver observer);

    Task Unsubscribe(IAgentObserver observer);
}

/// <summary>Receives an agent's changes (offers in particular) as they happen.</summary>
public interface IAgentObserver : IGrainObserver
{
    [OneWay]
    Task OnAgentChanged(AgentSnapshot snapshot);
}
