namespace ContactCenter.Contracts;

/// <summary>
/// One queue: configuration, interactions waiting in priority order, the agents available to it,
/// and statistics. Keyed by queue id. A queue only awaits notification methods of agents and
/// interactions (AlwaysInterleave), so agents and interactions may await it freely.
/// </summary>
public interface IQueueGrain : IGrainWithStringKey, IQueueSupervision
{
    /// <summary>Creates or updates the configuration, then re-evaluates who waits.</summary>
    Task<QueueSnapshot> Configure(QueueConfig config);

    /// <summary>The configuration; throws NotFound if the queue was never configured.</summary>
    Task<QueueConfig> GetConfig();

    Task<QueueSnapshot> GetSnapshot();

    /// <summary>Adds an interaction and offers it at once if an eligible agent is available.</summary>
    Task Enqueue(QueueEntry entry);

    /// <summary>Like Enqueue, but sent by another queue on overflow, without waiting for it.</summary>
    [OneWay]
    Task AcceptOverflow(QueueEntry entry);

    /// <summary>Removes a waiting or offered interaction (abandoned, moved). Returns false if it was not here.</summary>
    Task<bool> Remove(string interactionId, InteractionStatus reason);

    /// <summary>
    /// An offer was not taken (missed, declined, or the agent could no longer take it): the interaction
    /// waits again, at the very front when entry.AtFront is set.
    /// </summary>
    Task Requeue(QueueEntry entry);

    /// <summary>The best waiting interaction the given agent may take from this queue, if any.</summary>
    Task<WorkPeek?> PeekBest(AgentAvailability agent);

    /// <summary>Takes the best waiting interaction for the agent; the caller must reserve the agent for it.</summary>
    Task<Offer?> Claim(AgentAvailability agent, IReadOnlyList<CompetingInteraction> competing);

    /// <summary>Records what an agent can take now. Stale versions are ignored.</summary>
    Task UpdateAgent(AgentAvailability availability);

    /// <summary>Same as UpdateAgent, without waiting; used from notification paths.</summary>
    [OneWay]
    Task UpdateAgentLater(AgentAvailability availability);

    /// <summary>An offered interaction was accepted after waiting the given time.</summary>
    Task RecordAnswered(string interactionId, double waitSeconds);

    /// <summary>An interaction handled from this queue was completed after the given handle time.</summary>
    [OneWay]
    Task RecordCompleted(double handleSeconds);

    /// <summary>
    /// Recovery after a silo's death: makes the queue agree with the interaction's own record. Waiting
    /// (offeredTo null) or offered to offeredTo; added with its original timestamps and priority when the
    /// queue lost it. Does nothing to an entry the queue already holds in that state.
    /// </summary>
    Task Restore(QueueEntry entry, string? offeredTo);

    /// <summary>Applies aging, widening, overflow and retries now (a grain timer also does this each second).</summary>
    Task Evaluate();

    /// <summary>
    /// The best agent known to this queue to own one of its cases: skilled for the queue, ready agents first, then
    /// by proficiency and longest idle (the router's ranking), never <paramref name="exceptAgentId"/> nor anyone in
    /// <paramref name="excluded"/>. Null when nobody serves the queue. The caller checks the agent is logged in.
    /// </summary>
    Task<string?> SuggestCaseOwner(string? exceptAgentId, IReadOnlyList<string>? excluded = null);
}
