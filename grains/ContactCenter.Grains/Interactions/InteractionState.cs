using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Interactions;

/// <summary>
/// An interaction's record. Written to storage when it reaches its terminal state; until then it is
/// live routing state in memory.
/// </summary>
[GenerateSerializer, Alias("cc.interaction-state")]
public sealed class InteractionState : IFinishableRecord
{
    public const int TimelineCap = 100;
    public const int DecisionCap = 20;

    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public Channel Channel { get; set; }
    [Id(2)] public string? CustomerId { get; set; }
    [Id(3)] public string? CallerId { get; set; }
    [Id(4)] public Dictionary<string, string> Attributes { get; set; } = [];
    [Id(5)] public InteractionStatus Status { get; set; }
    [Id(6)] public string? QueueId { get; set; }
    [Id(7)] public string? AgentId { get; set; }
    [Id(8)] public DateTimeOffset CreatedAt { get; set; }
    [Id(9)] public DateTimeOffset? ConnectedAt { get; set; }
    [Id(10)] public DateTimeOffset? EndedAt { get; set; }
    [Id(11)] public string? WrapUpCode { get; set; }
    [Id(12)] public string? Notes { get; set; }
    [Id(13)] public List<InteractionEvent> Timeline { get; set; } = [];
    [Id(14)] public List<RoutingDecision> Decisions { get; set; } = [];
    [Id(15)] public QueueEntry? Entry { get; set; }
    /// <summary>Moves to another queue or agent after arrival; the customer's churn features count them.</summary>
    [Id(16)] public int Transfers { get; set; }
    /// <summary>The request that created it, so a retry of the same request gets the same interaction back.</summary>
    [Id(17)] public NewInteraction? Request { get; set; }
    /// <summary>The voice state while connected (hold, mute, consult, conference) and its hold total.</summary>
    [Id(18)] public CallState? Call { get; set; }
    /// <summary>The link to the callback that replaced it, or, on a callback, to its original, with due time and dial attempts.</summary>
    [Id(19)] public CallbackInfo? Callback { get; set; }

    /// <summary>Finished records may leave the embedded archive; live ones never do.</summary>
    public bool Finished => Exists && Status.IsTerminal();

    public void Record(DateTimeOffset at, InteractionStatus status, string detail)
    {
        Status = status;
        Timeline.Add(new InteractionEvent(at, status, detail));
        if (Timeline.Count > TimelineCap) Timeline.RemoveAt(1);
    }

    public void AddDecision(RoutingDecision decision)
    {
        Decisions.Add(decision);
        if (Decisions.Count > DecisionCap) Decisions.RemoveAt(0);
    }

    public InteractionSnapshot ToSnapshot(string id) => new(
        id, Channel, CustomerId, CallerId, new Dictionary<string, string>(Attributes), Status, QueueId, AgentId,
        CreatedAt, ConnectedAt, EndedAt, WrapUpCode, Notes, Timeline.ToArray(), Decisions.ToArray(), Entry, Callback: Callback);
}
