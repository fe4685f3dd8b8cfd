namespace ContactCenter.Contracts;

/// <summary>
/// The center's router: one activation (key <see cref="RouterKey.Center"/>) that owns all live routing state, the
/// waiting work of every queue, the offers out, every agent's availability and the queues' live statistics. Each
/// decision is one turn that never awaits another grain: agents and interactions hear of it by one-way messages and
/// answer with one-way messages. Queues keep configuration, validation and audit, and push configuration here.
/// </summary>
public interface IRouterGrain : IGrainWithStringKey
{
    /// <summary>Creates or updates a queue's routing configuration, then dispatches what its change allows.</summary>
    Task ConfigureQueue(QueueConfig config);

    /// <summary>Stops routing for a retired queue. Conflict while interactions wait in it or are offered from it.</summary>
    Task RemoveQueue(string queueId);

    /// <summary>The live part of a queue's snapshot: who waits (best first, then those offered), free agents, statistics.</summary>
    Task<QueueLiveView> GetQueueView(string queueId);

    /// <summary>
    /// Where a waiting interaction stands in its queue (1 = next) and an estimate of its wait from the queue's recent
    /// answering rate; null when it is not waiting (offered, connected, ended). O(waiting) and never awaits.
    /// </summary>
    Task<QueuePlace?> GetPlace(string interactionId);

    /// <summary>
    /// Adds an interaction to its queue (entry.QueueId) and offers it at once when an eligible agent is free. The offer
    /// made, if any, is returned to the caller (the interaction itself), which records it; the agent hears it one-way.
    /// NotFound when the router does not route for that queue.
    /// </summary>
    Task<Offer?> Enqueue(QueueEntry entry);

    /// <summary>Removes a waiting or offered interaction wherever it is (abandoned, moved). The offered agent is told.</summary>
    Task Remove(string interactionId, InteractionStatus reason);

    /// <summary>What an agent can take now (stale versions are dropped); a free agent pulls the best work across its queues.</summary>
    Task AgentChanged(AgentAvailability availability);

    /// <summary>The agent could not take the offer (it had no room any more): the interaction waits again, unchanged.</summary>
    [OneWay]
    Task OfferRefused(string interactionId, AgentAvailability agent);

    /// <summary>The interaction could not take the offer (it ended or is moving): the agent's reservation is cleared.</summary>
    [OneWay]
    Task OfferRejected(string interactionId, string agentId);

    /// <summary>The offer was missed or declined: the interaction waits again at the very front of its queue.</summary>
    Task OfferReturned(string interactionId, string agentId, AgentAvailability agent);

    /// <summary>The agent answered: statistics of the queue, and what the agent can take now.</summary>
    Task Answered(string queueId, string interactionId, double waitSeconds, AgentAvailability agent);

    /// <summary>An interaction of the queue was completed after the given handle time, and what the agent can take now.</summary>
    Task Completed(string queueId, double handleSeconds, AgentAvailability agent);

    /// <summary>
    /// The interaction's answer to an overflow the router decided: false when it had already ended (the router drops
    /// it), null when it could not be told (the router puts it back where it waited).
    /// </summary>
    [OneWay]
    Task OverflowSettled(QueueEntry from, QueueEntry? movedTo, bool? accepted);

    /// <summary>
    /// Recovery after a silo's death: makes routing agree with the interaction's own record. Waiting (offeredTo null)
    /// or offered to offeredTo; added with its original timestamps and priority when the router lost it.
    /// </summary>
    Task Restore(QueueEntry entry, string? offeredTo);

    /// <summary>A queue's callback schedule changed its counts; the wallboard shows them with the queue.</summary>
    [OneWay]
    Task CallbacksChanged(CallbackCounts counts);

    /// <summary>Applies overflow, widening and aging now, then dispatches (the router's own timer does this when due).</summary>
    Task Evaluate();

    /// <summary>
    /// The best agent known to serve the queue to own one of its cases: ready agents first, then by proficiency and
    /// longest idle, never <paramref name="exceptAgentId"/> nor anyone in <paramref name="excluded"/>. Null when nobody.
    /// </summary>
    Task<string?> SuggestCaseOwner(string queueId, string? exceptAgentId, IReadOnlyList<string>? excluded);
}

/// <summary>The router's key: one router per center.</summary>
public static class RouterKey
{
    public const string Center = "center";
}

/// <summary>A queue's live state as the router holds it.</summary>
[GenerateSerializer, Immutable, Alias("cc.queue-live-view")]
public sealed record QueueLiveView(
    [property: Id(0)] IReadOnlyList<WaitingItem> Waiting,
    [property: Id(1)] IReadOnlyList<string> AvailableAgents,
    [property: Id(2)] QueueStats Today,
    [property: Id(3)] QueueStats Recent,
    [property: Id(4)] int OfferedCount);

/// <summary>A waiting interaction's place (1 = next) among Waiting, and its estimated wait in seconds (null: no basis yet).</summary>
[GenerateSerializer, Immutable, Alias("cc.queue-place")]
public sealed record QueuePlace(
    [property: Id(0)] string QueueId,
    [property: Id(1)] int Place,
    [property: Id(2)] int Waiting,
    [property: Id(3)] double? EstimatedWaitSeconds);
