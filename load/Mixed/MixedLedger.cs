using System.Collections.Concurrent;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Mixed;

/// <summary>One arrival as the run saw it. Times are seconds since the run started; Channel is null until it is known.</summary>
internal sealed record MixedRecord(string InteractionId)
{
    public Channel? Channel { get; set; }
    public double QueuedAt { get; set; }
    public double? AnsweredAt { get; set; }
    public double? EndedAt { get; set; }
    public string Outcome { get; set; } = "waiting";
}

/// <summary>A stretch of time an agent held one piece of work (from accepting it to completing it).</summary>
internal sealed record BusySpan(string AgentId, Channel Channel, double From, double To);

/// <summary>What happened in a run, written from the drivers' and agents' threads.</summary>
internal sealed class MixedLedger(TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();
    private readonly ConcurrentDictionary<string, MixedRecord> _records = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<BusySpan> _busy = new();
    private readonly ConcurrentQueue<string> _faults = new();

    public double Now => time.GetElapsedTime(_started).TotalSeconds;

    public IReadOnlyCollection<MixedRecord> Records => _records.Values.ToArray();
    public IReadOnlyCollection<BusySpan> Busy => _busy.ToArray();
    public IReadOnlyCollection<string> Faults => _faults.ToArray();

    /// <summary>An arrival queued at queuedAt (default now). An agent may have answered it before its driver heard its id.</summary>
    public void Arrived(string id, Channel channel, double? queuedAt = null)
    {
        var r = Of(id);
        lock (r) (r.Channel, r.QueuedAt) = (channel, queuedAt ?? Now);
    }

    public bool IsAnswered(string id) => _records.TryGetValue(id, out var r) && r.AnsweredAt is not null;

    public void Answered(string id)
    {
        var r = Of(id);
        lock (r) r.AnsweredAt ??= Now;
    }

    public void Ended(string id, string outcome)
    {
        var r = Of(id);
        lock (r)
        {
            if (r.EndedAt is not null) return;
            (r.EndedAt, r.Outcome) = (Now, outcome);
        }
    }

    public void Held(string agentId, Channel channel, double from) => _busy.Enqueue(new BusySpan(agentId, channel, from, Now));

    public void Fault(string what) => _faults.Enqueue(what);

    public bool AllEnded => _records.Values.All(r => r.EndedAt is not null);

    private MixedRecord Of(string id) => _records.GetOrAdd(id, key => new MixedRecord(key));
}
