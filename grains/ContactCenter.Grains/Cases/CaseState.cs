namespace ContactCenter.Grains.Cases;

/// <summary>A case's durable state. Exists once Draft is set; the contract's terms are kept as they apply to this case.</summary>
[GenerateSerializer, Alias("cc.case-state")]
public sealed class CaseState
{
    [Id(0)] public CaseDraft? Draft { get; set; }
    [Id(1)] public string Subject { get; set; } = "";
    [Id(2)] public CasePriority Priority { get; set; }
    [Id(3)] public CaseStatus Status { get; set; }
    [Id(4)] public string QueueId { get; set; } = "";
    [Id(5)] public string? AgentId { get; set; }
    [Id(6)] public string? Team { get; set; }
    [Id(7)] public ServiceContract? Contract { get; set; }
    [Id(8)] public DateTimeOffset CreatedAt { get; set; }
    [Id(9)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(10)] public List<string> InteractionIds { get; set; } = [];
    [Id(11)] public List<CaseEvent> Timeline { get; set; } = [];
    [Id(12)] public SlaClock Clock { get; set; } = new(TimeSpan.Zero, null);
    [Id(13)] public DateTimeOffset? FirstResponseAt { get; set; }
    [Id(14)] public DateTimeOffset? ResolvedAt { get; set; }
    [Id(15)] public bool FirstResponseBreached { get; set; }
    [Id(16)] public bool ResolutionBreached { get; set; }
    [Id(17)] public int Breaches { get; set; }
    [Id(18)] public EscalationProgress Escalation { get; set; } = EscalationProgress.StartAt(TimeSpan.Zero);
    [Id(19)] public int EscalationLevel { get; set; }
    [Id(20)] public DateTimeOffset? PredictedBreachAt { get; set; }
    /// <summary>The next deadline, the instant the "sla" reminder is registered for; null when none is registered.</summary>
    [Id(21)] public DateTimeOffset? NextDeadline { get; set; }

    /// <summary>Articles attached to the case; each is told once when the case is resolved.</summary>
    [Id(22)] public List<string> Articles { get; set; } = [];
    /// <summary>Articles already told of this case's resolution.</summary>
    [Id(23)] public List<string> ArticlesCredited { get; set; } = [];

    public bool Exists => Draft is not null;
}
