namespace ContactCenter.Grains.Routing.Index;

/// <summary>
/// The waiting work of one queue, best first: entries sent back to the front, then by priority score, then by
/// arrival, then by id (the order <c>PriorityScore</c> and the old WaitingRoom defined). Offered entries are not
/// here; the router keeps them.
/// CONTRACT for the O(log n) implementation: every method below except <see cref="Ordered"/> costs O(log n)
/// (times the small number of requirement classes), never O(n); the score is linear in time up to the service-level
/// threshold, so keys are time-invariant within "before" and "after" sets, and entries move between sets, and between
/// widening stages, only at due times reported by <see cref="NextDue"/> and applied by <see cref="Advance"/>.
/// How: entries live in requirement classes (<see cref="WaitingClass"/>), grouped by exact constant score part
/// (<see cref="WaitingGroup"/>); group heads sit in sorted sets keyed by <see cref="ScoreLine"/>; every due moment is
/// in a <see cref="DueSchedule"/>. Any method given a <c>now</c> first applies what fell due up to it (so Advance is
/// optional for correctness and idempotent). Time is expected to move forward: a call with a <c>now</c> earlier than
/// one already seen is answered exactly by the O(n) reference computation instead.
/// </summary>
public sealed partial class WaitingIndex
{
    private readonly Dictionary<string, WaitingMember> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<(Channel, string), WaitingClass> _classes = [];
    private readonly SortedSet<(long Ticks, string Id)> _byArrival = new(TicksThenId.Instance);
    private readonly SortedSet<(long Ticks, string Id)> _overdue = new(TicksThenId.Instance);
    private readonly DueSchedule _due = new();
    private readonly DueSchedule _arrivals = new();
    private ScoreLine _line;
    private long[] _wideningTicks = [];
    private long _appliedTicks;
    private double _largestConstant;
    private double _largestArrivalSeconds;

    public WaitingIndex(QueueConfig config)
    {
        Config = config;
        _line = new ScoreLine(config, 0);
        Reconfigure(config);
    }

    public QueueConfig Config { get; private set; }

    public int Count => _members.Count;

    /// <summary>The earliest arrival among waiting entries, for the wallboard's oldest wait.</summary>
    public DateTimeOffset? OldestArrival => _byArrival.Count == 0 ? null : _members[_byArrival.Min.Id].Entry.ArrivedAt;

    public IEnumerable<QueueEntry> Entries => _members.Values.Select(m => m.Entry);

    /// <summary>New weights, threshold or widening: every key is rebuilt (O(n log n), only on configuration).</summary>
    public void Reconfigure(QueueConfig config)
    {
        var entries = _members.Values.Select(m => m.Entry).ToList();
        _members.Clear();
        _classes.Clear();
        _byArrival.Clear();
        _overdue.Clear();
        _due.Clear();
        _arrivals.Clear();
        Config = config;
        _wideningTicks = [.. config.Widening.Select(s => s.AfterSeconds * TimeSpan.TicksPerSecond).Distinct().Order()];
        foreach (var entry in entries) Add(entry);
    }

    public bool Contains(string interactionId) => _members.ContainsKey(interactionId);

    public QueueEntry? Find(string interactionId) => _members.GetValueOrDefault(interactionId)?.Entry;

    /// <summary>Adds or replaces the entry (its AtFront, QueuedAt, priority may have changed).</summary>
    public void Add(QueueEntry entry)
    {
        Remove(entry.InteractionId);
        if (_members.Count == 0) StartOver(entry.ArrivedAt.UtcTicks);
        var member = new WaitingMember(entry, WaitingOrder.Constant(entry, Config));
        _members[entry.InteractionId] = member;
        _largestConstant = Math.Max(_largestConstant, Math.Abs(member.Constant));
        _largestArrivalSeconds = Math.Max(_largestArrivalSeconds, Math.Abs(_line.Seconds(member.ArrivedTicks)));
        member.Requirements = RequirementsAt(entry, _appliedTicks);
        ClassOf(entry.Channel, member.Requirements).Add(member, _line, _appliedTicks);
        _byArrival.Add((member.ArrivedTicks, member.Id));
        foreach (var due in DueEvents(entry)) _due.Add(due);
        _arrivals.Add(new DueEvent(member.ArrivedTicks, member.Id, DueKind.Arrival));
        if (MaxWaitTicks(entry) is { } maxWait && maxWait <= _appliedTicks) _overdue.Add((entry.QueuedAt.UtcTicks, member.Id));
    }

    public bool Remove(string interactionId)
    {
        if (!_members.Remove(interactionId, out var member)) return false;
        Leave(member);
        _byArrival.Remove((member.ArrivedTicks, member.Id));
        _overdue.Remove((member.Entry.QueuedAt.UtcTicks, member.Id));
        foreach (var due in DueEvents(member.Entry)) _due.Remove(due);
        _arrivals.Remove(new DueEvent(member.ArrivedTicks, member.Id, DueKind.Arrival));
        return true;
    }

    public Requirements RequirementsNow(QueueEntry entry, DateTimeOffset now) =>
        Requirements.For(Config, entry, (now - entry.QueuedAt).TotalSeconds);

    /// <summary>A new epoch for the score keys when the index is empty, so keys stay near zero.</summary>
    private void StartOver(long epochTicks)
    {
        _line = new ScoreLine(Config, epochTicks);
        _largestConstant = 0;
        _largestArrivalSeconds = 0;
    }

    private Requirements RequirementsAt(QueueEntry entry, long ticks) =>
        Requirements.For(Config, entry, new TimeSpan(ticks - entry.QueuedAt.UtcTicks).TotalSeconds);

    private WaitingClass ClassOf(Channel channel, Requirements requirements)
    {
        if (!_classes.TryGetValue((channel, requirements.Key), out var found))
            _classes[(channel, requirements.Key)] = found = new WaitingClass(channel, requirements);
        return found;
    }

    private void Leave(WaitingMember member)
    {
        var owner = member.Class!;
        owner.Remove(member, _line, _appliedTicks);
        if (owner.Count == 0) _classes.Remove((owner.Channel, owner.Requirements.Key));
    }

    /// <summary>A callback never overflows into another callback: it keeps its place until an agent takes it.</summary>
    private long? MaxWaitTicks(QueueEntry entry) => !Overflows(entry) ? null
        : entry.QueuedAt.UtcTicks + Config.MaxWaitSeconds * TimeSpan.TicksPerSecond;

    internal bool Overflows(QueueEntry entry) => Config.Overflow.Kind switch
    {
        OverflowKind.None => false,
        OverflowKind.Callback => entry.Channel != Channel.Callback,
        _ => true,
    };

    /// <summary>Every due moment of the entry, as the reference's NextDue lists them (threshold, widening, max wait).</summary>
    private IEnumerable<DueEvent> DueEvents(QueueEntry entry)
    {
        var id = entry.InteractionId;
        yield return new DueEvent(entry.ArrivedAt.UtcTicks + Config.ServiceLevel.ThresholdSeconds * TimeSpan.TicksPerSecond, id, DueKind.Threshold);
        foreach (var after in _wideningTicks) yield return new DueEvent(entry.QueuedAt.UtcTicks + after, id, DueKind.Widening);
        if (MaxWaitTicks(entry) is { } maxWait) yield return new DueEvent(maxWait, id, DueKind.MaxWait);
    }
}
