namespace ContactCenter.Load.Engine;

/// <summary>What happened to one planned call, in simulated seconds since the run began (wall ticks for latency).</summary>
internal sealed class CallRecord(PlannedCall plan, string interactionId)
{
    public PlannedCall Plan { get; } = plan;
    public string InteractionId { get; } = interactionId;
    public double? ArrivedAt { get; set; }
    public long CreateStartedTicks { get; set; }
    public bool FoundAgentFree { get; set; }
    public double? OfferedAt { get; set; }
    public double? RoutingLatencyMs { get; set; }
    public string? AgentId { get; set; }
    public double? AnsweredAt { get; set; }
    public double? CompletedAt { get; set; }
    public double? AbandonedAt { get; set; }
    public double HandleSeconds { get; set; }

    public bool Waiting => ArrivedAt is not null && AgentId is null && AnsweredAt is null && AbandonedAt is null;
    public bool Done => AbandonedAt is not null || CompletedAt is not null;

    /// <summary>Time in queue until answered or until the caller hung up; null while still waiting.</summary>
    public double? WaitSeconds => (AnsweredAt ?? AbandonedAt) - ArrivedAt;
}

/// <summary>One simulated agent as the driver sees it: on shift or not, and the call it holds.</summary>
internal sealed class AgentSlot(string id, PlannedAgentGroup group)
{
    public string Id { get; } = id;
    public PlannedAgentGroup Group { get; } = group;
    public bool OnDuty { get; set; }
    public string? Holding { get; set; }
    public bool Free => OnDuty && Holding is null;
}

/// <summary>A point of the run's timeline, for charts.</summary>
internal sealed record TimelinePoint(double AtSeconds, int Waiting, int BusyAgents, int OnDuty, int Arrivals, double ServiceLevelPercent);
