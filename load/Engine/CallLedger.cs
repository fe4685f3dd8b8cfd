using ContactCenter.Load.Results;
using System.Diagnostics;

namespace ContactCenter.Load.Engine;

/// <summary>
/// The driver's book of every call and agent, updated from arrivals, agent callbacks and hang-ups. One lock:
/// every entry is tiny next to the grain calls around it.
/// </summary>
internal sealed class CallLedger
{
    private readonly object _gate = new();
    private readonly Dictionary<string, CallRecord> _calls = [];
    private readonly Dictionary<string, AgentSlot> _agents = [];
    private readonly Dictionary<string, int> _waiting = [];
    private readonly HashSet<CallRecord> _waitingCalls = [];
    private readonly CanServe? _eligible;
    private readonly Dictionary<string, int> _thresholds;
    private readonly List<TimelinePoint> _timeline = [];
    private readonly List<double> _latencies = [];
    private int _arrived, _answered, _within, _abandoned, _completed;

    public CallLedger(LoadPlan plan)
    {
        Prefix = plan.Prefix;
        foreach (var call in plan.Calls) _calls[IdOf(plan.Prefix, call.Index)] = new CallRecord(call, IdOf(plan.Prefix, call.Index));
        foreach (var group in plan.Groups)
            foreach (var id in group.AgentIds) _agents[id] = new AgentSlot(id, group);
        foreach (var queue in plan.Queues) _waiting[queue.Id] = 0;
        _thresholds = plan.Queues.ToDictionary(q => q.Id, q => q.ThresholdSeconds);
        _eligible = plan.Eligible;
    }

    public string Prefix { get; }
    public IReadOnlyCollection<CallRecord> Calls => _calls.Values;
    public IReadOnlyList<TimelinePoint> Timeline => _timeline;
    public int Planned => _calls.Count;

    public static string IdOf(string prefix, int index) => $"{prefix}-{index}";

    public CallRecord Call(int index) => _calls[IdOf(Prefix, index)];

    /// <summary>The dictionary is filled once in the constructor, so reads need no lock.</summary>
    public CallRecord Find(string interactionId) => _calls[interactionId];

    public AgentSlot Agent(string id) => _agents[id];

    public void Arrived(CallRecord call, double now)
    {
        lock (_gate)
        {
            call.ArrivedAt = now;
            call.CreateStartedTicks = Stopwatch.GetTimestamp();
            _waiting[call.Plan.QueueId]++;
            _waitingCalls.Add(call);
            _arrived++;
        }
    }

    /// <summary>Create returned: whether an agent was free at once (only then is offer latency pure routing).</summary>
    public void Created(CallRecord call, bool offeredAtOnce)
    {
        lock (_gate)
        {
            call.FoundAgentFree = offeredAtOnce || call.OfferedAt is not null;
            if (call.FoundAgentFree && call.RoutingLatencyMs is { } latency) _latencies.Add(latency);
        }
    }

    /// <summary>An agent was offered the call. False when it is not one of ours or the caller already hung up.</summary>
    public bool Offered(string interactionId, string agentId, double now)
    {
        lock (_gate)
        {
            if (!_calls.TryGetValue(interactionId, out var call) || call.AbandonedAt is not null) return false;
            if (call.Waiting) _waiting[call.Plan.QueueId]--;
            _waitingCalls.Remove(call);
            call.AgentId = agentId;
            _agents[agentId].Holding = interactionId;
            if (call.OfferedAt is null)
            {
                call.OfferedAt = now;
                call.RoutingLatencyMs = Stopwatch.GetElapsedTime(call.CreateStartedTicks).TotalMilliseconds;
                if (call.FoundAgentFree) _latencies.Add(call.RoutingLatencyMs.Value);
            }
            return true;
        }
    }

    /// <summary>The offer could not be taken (the caller hung up meanwhile): the agent is free again.</summary>
    public void OfferFailed(string interactionId, string agentId)
    {
        lock (_gate)
        {
            var call = _calls[interactionId];
            if (_agents[agentId].Holding == interactionId) _agents[agentId].Holding = null;
            if (call.AgentId != agentId || call.AnsweredAt is not null) return;
            call.AgentId = null;
            if (call.AbandonedAt is null)
            {
                _waiting[call.Plan.QueueId]++;
                _waitingCalls.Add(call);
            }
        }
    }

    public void Answered(string interactionId, double now, double handleSeconds)
    {
        lock (_gate)
        {
            var call = _calls[interactionId];
            call.AnsweredAt = now;
            call.HandleSeconds = handleSeconds;
            _answered++;
            if (now - call.ArrivedAt <= _thresholds[call.Plan.QueueId]) _within++;
        }
    }

    public void Completed(string interactionId, string agentId, double now)
    {
        lock (_gate)
        {
            _calls[interactionId].CompletedAt = now;
            if (_agents[agentId].Holding == interactionId) _agents[agentId].Holding = null;
            _completed++;
        }
    }

    /// <summary>The caller hung up. False when they had been answered (or had gone) already.</summary>
    public bool Abandoned(string interactionId, double now)
    {
        lock (_gate)
        {
            var call = _calls[interactionId];
            if (call.AnsweredAt is not null || call.AbandonedAt is not null) return false;
            if (call.Waiting) _waiting[call.Plan.QueueId]--;
            _waitingCalls.Remove(call);
            call.AbandonedAt = now;
            _abandoned++;
            return true;
        }
    }

    public void SetOnDuty(string agentId, bool onDuty)
    {
        lock (_gate) _agents[agentId].OnDuty = onDuty;
    }

    /// <summary>
    /// Nothing left to route right now: no queue has both a waiting call and a free agent who may take it. With a
    /// plan's Eligible rule, each waiting call is checked against each free agent at its wait so far (widening).
    /// </summary>
    public bool Settled(double now)
    {
        lock (_gate)
        {
            if (_eligible is null)
                return _waiting.All(q => q.Value == 0 || !_agents.Values.Any(a => a.Free && a.Group.QueueIds.Contains(q.Key)));
            var free = _agents.Values.Where(a => a.Free).ToArray();
            return free.Length == 0 || !_waitingCalls.Any(c => free.Any(a => _eligible(c.Plan, a.Group, now - c.ArrivedAt!.Value)));
        }
    }

    public bool AllDone(int scheduled)
    {
        lock (_gate) return _arrived >= scheduled && _abandoned + _completed >= _arrived;
    }

    public LedgerProgress Progress()
    {
        lock (_gate)
        {
            var ended = _answered + _abandoned;
            return new LedgerProgress(_arrived, _waiting.Values.Sum(), _answered, _abandoned, _completed,
                ended == 0 ? 100 : 100.0 * _within / ended, Percentiles.Of(_latencies).P99);
        }
    }

    public void Sample(double now)
    {
        lock (_gate)
        {
            var ended = _answered + _abandoned;
            _timeline.Add(new TimelinePoint(now, _waiting.Values.Sum(), _agents.Values.Count(a => a.Holding is not null),
                _agents.Values.Count(a => a.OnDuty), _arrived, ended == 0 ? 100 : 100.0 * _within / ended));
        }
    }
}

/// <summary>Running totals for the live display. ServiceLevelPercent counts hang-ups as misses.</summary>
internal sealed record LedgerProgress(int Arrivals, int Waiting, int Answered, int Abandoned, int Completed, double ServiceLevelPercent, double RoutingP99Ms);
