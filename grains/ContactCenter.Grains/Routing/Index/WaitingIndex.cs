namespace ContactCenter.Grains.Routing.Index;

/// <summary>
/// The waiting work of one queue, best first: entries sent back to the front, then by priority score, then by
/// arrival, then by id (the order <c>PriorityScore</c> and the old WaitingRoom defined). Offered entries are not
/// here; the router keeps them.
/// CONTRACT for the O(log n) implementation: every method below except <see cref="Ordered"/> costs O(log n)
/// (times the small number of requirement classes), never O(n); the score is linear in time up to the service-level
/// threshold, so keys are time-invariant within "before" and "after" sets, and entries move between sets, and between
/// widening stages, only at due times reported by <see cref="NextDue"/> and applied by <see cref="Advance"/>.
/// </summary>
public sealed class WaitingIndex(QueueConfig config)
{
    private readonly Dictionary<string, QueueEntry> _entries = new(StringComparer.Ordinal);

    public QueueConfig Config { get; private set; } = config;

    public int Count => _entries.Count;

    /// <summary>The earliest arrival among waiting entries, for the wallboard's oldest wait.</summary>
    public DateTimeOffset? OldestArrival => _entries.Count == 0 ? null : _entries.Values.Min(e => e.ArrivedAt);

    public IEnumerable<QueueEntry> Entries => _entries.Values;

    /// <summary>New weights, threshold or widening: every key is rebuilt (O(n log n), only on configuration).</summary>
    public void Reconfigure(QueueConfig config) => Config = config;

    public bool Contains(string interactionId) => _entries.ContainsKey(interactionId);

    public QueueEntry? Find(string interactionId) => _entries.GetValueOrDefault(interactionId);

    /// <summary>Adds or replaces the entry (its AtFront, QueuedAt, priority may have changed).</summary>
    public void Add(QueueEntry entry) => _entries[entry.InteractionId] = entry;

    public bool Remove(string interactionId) => _entries.Remove(interactionId);

    /// <summary>
    /// The best waiting entry this agent may take now: a channel it has room for, and the entry's requirements at
    /// <paramref name="now"/> (widening by time in queue) met by its skills. Null when none.
    /// </summary>
    public (QueueEntry Entry, ScoreBreakdown Score)? BestFor(AgentAvailability agent, DateTimeOffset now)
    {
        foreach (var x in Ordered(now))
            if (agent.CanTake(x.Entry.Channel) && RequirementsNow(x.Entry, now).ProficiencyOf(agent.Skills) is not null)
                return x;
        return null;
    }

    /// <summary>
    /// The best entry of each requirement class (same channel and same requirements now), best first. An entry with
    /// an eligible free agent is always the head of its class, so dispatch needs only the heads.
    /// </summary>
    public IReadOnlyList<(QueueEntry Entry, ScoreBreakdown Score, Requirements Requirements)> Heads(DateTimeOffset now)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var heads = new List<(QueueEntry, ScoreBreakdown, Requirements)>();
        foreach (var (entry, score) in Ordered(now))
        {
            var requirements = RequirementsNow(entry, now);
            if (seen.Add($"{entry.Channel}|{requirements.Key}")) heads.Add((entry, score, requirements));
        }
        return heads;
    }

    /// <summary>Every waiting entry best first with its score: for snapshots and tests, O(n log n).</summary>
    public IReadOnlyList<(QueueEntry Entry, ScoreBreakdown Score)> Ordered(DateTimeOffset now) =>
        _entries.Values
            .Select(e => (Entry: e, Score: PriorityScore.Of(e, Config, now)))
            .OrderByDescending(x => x.Entry.AtFront)
            .ThenByDescending(x => x.Score.Total)
            .ThenBy(x => x.Entry.ArrivedAt)
            .ThenBy(x => x.Entry.InteractionId, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The next moment after <paramref name="now"/> at which something due happens: an entry reaches the service-level
    /// threshold, a widening step or (when the queue overflows) its maximum wait. Null when nothing is due.
    /// </summary>
    public DateTimeOffset? NextDue(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var e in _entries.Values)
        {
            foreach (var at in DueTimes(e))
                if (at > now && (next is null || at < next)) next = at;
        }
        return next;
    }

    /// <summary>
    /// Applies everything due up to <paramref name="now"/> and returns the entries past the queue's maximum wait
    /// (only when the queue has an overflow target), oldest first, still in the index: the router removes them.
    /// </summary>
    public IReadOnlyList<QueueEntry> Advance(DateTimeOffset now) =>
        Config.Overflow.Kind == OverflowKind.None ? []
        : _entries.Values.Where(e => (now - e.QueuedAt).TotalSeconds >= Config.MaxWaitSeconds)
            .OrderBy(e => e.QueuedAt).ThenBy(e => e.InteractionId, StringComparer.Ordinal).ToList();

    public Requirements RequirementsNow(QueueEntry entry, DateTimeOffset now) =>
        Requirements.For(Config, entry, (now - entry.QueuedAt).TotalSeconds);

    private IEnumerable<DateTimeOffset> DueTimes(QueueEntry e)
    {
        yield return e.ArrivedAt.AddSeconds(Config.ServiceLevel.ThresholdSeconds);
        foreach (var step in Config.Widening) yield return e.QueuedAt.AddSeconds(step.AfterSeconds);
        if (Config.Overflow.Kind != OverflowKind.None) yield return e.QueuedAt.AddSeconds(Config.MaxWaitSeconds);
    }
}
