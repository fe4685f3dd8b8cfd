using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Queues;

/// <summary>
/// A queue's live routing state: who waits, and who has been offered to an agent and not yet answered.
/// Offered entries are kept, so a missed offer can go back with its place and timestamps intact.
/// </summary>
internal sealed class WaitingRoom
{
    private readonly Dictionary<string, QueueEntry> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (QueueEntry Entry, string AgentId)> _offered = new(StringComparer.Ordinal);

    public int WaitingCount => _waiting.Count;
    public IEnumerable<QueueEntry> Waiting => _waiting.Values;
    public IEnumerable<QueueEntry> Offered => _offered.Values.Select(o => o.Entry);

    /// <summary>The agent an entry is offered to, or null when it waits or is not here.</summary>
    public string? OfferedTo(string interactionId) => _offered.TryGetValue(interactionId, out var o) ? o.AgentId : null;

    public bool Contains(string interactionId) =>
        _waiting.ContainsKey(interactionId) || _offered.ContainsKey(interactionId);

    public void Add(QueueEntry entry)
    {
        _offered.Remove(entry.InteractionId);
        _waiting[entry.InteractionId] = entry;
    }

    public void MarkOffered(QueueEntry entry, string agentId)
    {
        _waiting.Remove(entry.InteractionId);
        _offered[entry.InteractionId] = (entry, agentId);
    }

    /// <summary>An offer was refused before it reached the agent: the entry waits again, unchanged.</summary>
    public void Unoffer(string interactionId)
    {
        if (_offered.Remove(interactionId, out var offered)) _waiting[interactionId] = offered.Entry;
    }

    public bool Remove(string interactionId) => _waiting.Remove(interactionId) | _offered.Remove(interactionId);

    /// <summary>
    /// Waiting entries best first: those sent back to the front, then by score, then by arrival.
    /// </summary>
    public List<(QueueEntry Entry, ScoreBreakdown Score)> Ordered(QueueConfig config, DateTimeOffset now) =>
        _waiting.Values
            .Select(e => (Entry: e, Score: PriorityScore.Of(e, config, now)))
            .OrderByDescending(x => x.Entry.AtFront)
            .ThenByDescending(x => x.Score.Total)
            .ThenBy(x => x.Entry.ArrivedAt)
            .ThenBy(x => x.Entry.InteractionId, StringComparer.Ordinal)
            .ToList();
}
