using ContactCenter.Contracts;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Engine;

/// <summary>Everything a run sends, fixed in advance from a seed so that a run can be repeated.</summary>
internal sealed record LoadPlan(
    string Prefix,
    IReadOnlyList<PlannedQueue> Queues,
    IReadOnlyList<PlannedAgentGroup> Groups,
    IReadOnlyList<CustomerProfile> Customers,
    IReadOnlyList<PlannedCall> Calls,
    IReadOnlyList<StaffingChange> Staffing,
    double ArrivalWindowSeconds,
    LimitsSpec Limits,
    IReadOnlyList<QueueWake>? Wakes = null,
    CanServe? Eligible = null)
{
    public int AgentCount => Groups.Sum(g => g.AgentIds.Count);

    /// <summary>Agent ids in the order staffing brings them on duty.</summary>
    public IReadOnlyList<string> AgentsInDutyOrder => Groups.SelectMany(g => g.AgentIds).ToArray();
}

/// <summary>A queue as configured on the cluster (Config.QueueId carries the run prefix; Name is the scenario's id).</summary>
internal sealed record PlannedQueue(string Name, QueueConfig Config)
{
    public string Id => Config.QueueId;
    public int ThresholdSeconds => Config.ServiceLevel.ThresholdSeconds;
}

internal sealed record PlannedAgentGroup(string Name, IReadOnlyList<string> AgentIds, IReadOnlyList<SkillLevel> Skills, DurationSpec HandleTime, IReadOnlySet<string> QueueIds);

/// <summary>
/// One arrival. U1/U2 are uniforms drawn for its handle time, so the same call takes the same time whichever
/// agent group serves it; a recorded ServiceSeconds (trace replay) overrides them.
/// </summary>
internal sealed record PlannedCall(
    int Index, double AtSeconds, string QueueId, string CustomerId, string Tier, int Priority,
    double PatienceSeconds, double? ServiceSeconds, double U1, double U2)
{
    public double HandleSeconds(PlannedAgentGroup group) => ServiceSeconds ?? group.HandleTime.Sample(U1, U2);
}

/// <summary>From AtSeconds on, the first OnDuty agents (in duty order) work; the rest finish their call and go off shift.</summary>
internal sealed record StaffingChange(double AtSeconds, int OnDuty);

/// <summary>
/// Whether an agent of the group may take the call after it has waited so long: for queues that widen, where a
/// group's QueueIds (who may take a call at once) is not the whole story. Null: QueueIds decides.
/// </summary>
internal delegate bool CanServe(PlannedCall call, PlannedAgentGroup group, double waitedSeconds);

/// <summary>
/// At AtSeconds the queue re-evaluates its waiting calls (IQueueGrain.Evaluate), as its own timer would: on the
/// virtual clock the timer runs on wall time, so a call's widening steps are woken here at the simulated second they fall due.
/// </summary>
internal sealed record QueueWake(double AtSeconds, string QueueId);
