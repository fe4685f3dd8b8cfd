using ContactCenter.Load.Engine;

namespace ContactCenter.Load.Failover;

/// <summary>One planned call as the failover driver saw it, in seconds since the run began (wall clock).</summary>
internal sealed class FailoverCall(PlannedCall plan, string interactionId)
{
    public PlannedCall Plan { get; } = plan;
    public string InteractionId { get; } = interactionId;
    public double? CreateStartedAt { get; set; }

    /// <summary>When the first attempt that was not refused began: the call was admitted then.</summary>
    public double? AdmittedAt { get; set; }
    public int CreateAttempts { get; set; }
    public double? CreatedAt { get; set; }
    public bool CreateFailed { get; set; }

    /// <summary>"Too busy" answers (503 with Retry-After, or Orleans shedding load); none of them created anything.</summary>
    public int Refusals { get; set; }

    /// <summary>The caller left after <see cref="CreationRetry.MaxRefusals"/> refusals; the interaction must not exist.</summary>
    public bool GaveUp { get; set; }
    public bool OfferedAtOnce { get; set; }
    public double? OfferedAt { get; set; }
    public string? AgentId { get; set; }
    public double? AnsweredAt { get; set; }
    public int Answers { get; set; }
    public double? CompletedAt { get; set; }

    /// <summary>The grain's terminal status when the driver's Complete failed but the interaction ended anyway.</summary>
    public string? EndedWithoutDriver { get; set; }

    public bool Created => CreatedAt is not null;

    /// <summary>
    /// Admission to the first offer, only when an agent was free at once (otherwise it is queueing, not routing). Time spent
    /// refused at the edge is not routing; time lost to failed attempts (a dying silo) is, as before.
    /// </summary>
    public double? RoutingLatencyMs => OfferedAtOnce && OfferedAt is { } offered && (AdmittedAt ?? CreateStartedAt) is { } started ? (offered - started) * 1000 : null;
}

/// <summary>
/// The driver's book of the run: every call's creation, offer, answer and completion, and every assignment
/// (a successful accept) with its time. One lock; all times come from the run's TimeProvider.
/// </summary>
internal sealed class FailoverLedger
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private long _start;
    private readonly Dictionary<string, FailoverCall> _calls = [];
    private readonly List<double> _assignments = [];
    private readonly List<double> _arrivals = [];

    public FailoverLedger(LoadPlan plan, TimeProvider time)
    {
        (_time, _start, Prefix) = (time, time.GetTimestamp(), plan.Prefix);
        foreach (var call in plan.Calls) _calls[CallLedger.IdOf(plan.Prefix, call.Index)] = new FailoverCall(call, CallLedger.IdOf(plan.Prefix, call.Index));
    }

    public string Prefix { get; }

    /// <summary>The run begins: arrival times count from here.</summary>
    public void Start() => _start = _time.GetTimestamp();

    /// <summary>Seconds since the ledger was made, on the run's clock.</summary>
    public double Now => _time.GetElapsedTime(_start).TotalSeconds;

    public FailoverCall Call(int index) => _calls[CallLedger.IdOf(Prefix, index)];

    /// <summary>The dictionary is filled once in the constructor, so lookups need no lock.</summary>
    public FailoverCall Find(string interactionId) => _calls[interactionId];

    public bool IsOurs(string interactionId) => _calls.ContainsKey(interactionId);

    public bool IsCompleted(string interactionId)
    {
        lock (_gate) return _calls[interactionId].CompletedAt is not null;
    }

    public IReadOnlyList<FailoverCall> Calls
    {
        get { lock (_gate) return _calls.Values.OrderBy(c => c.Plan.Index).ToArray(); }
    }

    public IReadOnlyList<double> Assignments
    {
        get { lock (_gate) return _assignments.Order().ToArray(); }
    }

    public IReadOnlyList<double> Arrivals
    {
        get { lock (_gate) return _arrivals.Order().ToArray(); }
    }

    public void CreateAttempt(FailoverCall call)
    {
        lock (_gate)
        {
            if (call.CreateStartedAt is null)
            {
                call.CreateStartedAt = Now;
                _arrivals.Add(call.CreateStartedAt.Value);
            }
            call.CreateAttempts++;
            call.AdmittedAt ??= Now;
        }
    }

    public void Created(FailoverCall call, bool offeredAtOnce)
    {
        lock (_gate)
        {
            call.CreatedAt = Now;
            call.CreateFailed = false;
            call.OfferedAtOnce = offeredAtOnce || call.OfferedAt is not null;
        }
    }

    public void CreateFailed(FailoverCall call)
    {
        lock (_gate) call.CreateFailed = true;
    }

    /// <summary>A refused attempt reached nobody, so it is not counted as an attempt.</summary>
    public void Refused(FailoverCall call)
    {
        lock (_gate)
        {
            call.Refusals++;
            call.CreateAttempts--;
            call.AdmittedAt = null;
        }
    }

    public void GaveUp(FailoverCall call)
    {
        lock (_gate) call.GaveUp = true;
    }

    public void Offered(string interactionId, string agentId)
    {
        lock (_gate)
        {
            var call = _calls[interactionId];
            call.OfferedAt ??= Now;
            call.AgentId = agentId;
        }
    }

    /// <summary>An agent's accept succeeded: an assignment. A call answered again after a recovery counts again.</summary>
    public void Answered(string interactionId, string agentId)
    {
        lock (_gate)
        {
            var call = _calls[interactionId];
            var now = Now;
            call.AnsweredAt ??= now;
            call.AgentId = agentId;
            call.Answers++;
            _assignments.Add(now);
        }
    }

    public void Completed(string interactionId)
    {
        lock (_gate) _calls[interactionId].CompletedAt ??= Now;
    }

    /// <summary>The agent's Complete was refused, and the interaction's grain says it has ended anyway.</summary>
    public void EndedWithoutDriver(string interactionId, string status)
    {
        lock (_gate) _calls[interactionId].EndedWithoutDriver ??= status;
    }

    /// <summary>Calls created (or still being created) that have not ended yet as far as the driver knows.</summary>
    public int Unfinished()
    {
        lock (_gate)
            return _calls.Values.Count(c => c.CreateStartedAt is not null && !c.CreateFailed && !c.GaveUp && c.CompletedAt is null && c.EndedWithoutDriver is null);
    }
}
