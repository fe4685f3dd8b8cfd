namespace ContactCenter.Contracts;

/// <summary>
/// One queue's configuration front: validation, audit, retirement. Keyed by queue id. Who waits, offers and
/// statistics are the router's (<see cref="IRouterGrain"/>): configuration changes are pushed to it, and a
/// snapshot merges the configuration with the router's live view of the queue.
/// </summary>
public interface IQueueGrain : IGrainWithStringKey, IQueueSupervision
{
    /// <summary>Creates or updates the configuration, then lets the router re-evaluate who waits.</summary>
    Task<QueueSnapshot> Configure(QueueConfig config);

    /// <summary>The configuration; throws NotFound if the queue was never configured (or is retired).</summary>
    [AlwaysInterleave]
    Task<QueueConfig> GetConfig();

    Task<QueueSnapshot> GetSnapshot();

    /// <summary>Applies aging, widening and overflow now (the router's own timer does this when something is due).</summary>
    Task Evaluate();

    /// <summary>
    /// The best agent known to this queue to own one of its cases: skilled for the queue, ready agents first, then
    /// by proficiency and longest idle (the router's ranking), never <paramref name="exceptAgentId"/> nor anyone in
    /// <paramref name="excluded"/>. Null when nobody serves the queue. The caller checks the agent is logged in.
    /// </summary>
    Task<string?> SuggestCaseOwner(string? exceptAgentId, IReadOnlyList<string>? excluded = null);
}
