namespace ContactCenter.Grains.Routing.Index;

/// <summary>The questions asked of the waiting work at an instant, and the catch-up that answers them in O(log n).</summary>
public sealed partial class WaitingIndex
{
    /// <summary>
    /// The best waiting entry this agent may take now: a channel it has room for, and the entry's requirements at
    /// <paramref name="now"/> (widening by time in queue) met by its skills. Null when none.
    /// Only the heads of the classes the agent is eligible for are compared.
    /// </summary>
    public (QueueEntry Entry, ScoreBreakdown Score)? BestFor(AgentAvailability agent, DateTimeOffset now)
    {
        if (!CatchUp(now)) return OrderedBestFor(agent, now);
        (WaitingMember Member, ScoreBreakdown Score)? best = null;
        var tolerance = Tolerance(now);
        foreach (var waiting in _classes.Values)
        {
            if (!agent.CanTake(waiting.Channel) || waiting.Requirements.ProficiencyOf(agent.Skills) is null) continue;
            if (waiting.Best(Config, now, tolerance) is { } head && (best is not { } b || Before(head, b))) best = head;
        }
        return best is { } found ? (found.Member.Entry, found.Score) : null;
    }

    /// <summary>
    /// The best entry of each requirement class (same channel and same requirements now), best first. An entry with
    /// an eligible free agent is always the head of its class, so dispatch needs only the heads.
    /// </summary>
    public IReadOnlyList<(QueueEntry Entry, ScoreBreakdown Score, Requirements Requirements)> Heads(DateTimeOffset now)
    {
        if (!CatchUp(now)) return OrderedHeads(now);
        var tolerance = Tolerance(now);
        var heads = new List<(WaitingMember Member, ScoreBreakdown Score)>(_classes.Count);
        foreach (var waiting in _classes.Values)
            if (waiting.Best(Config, now, tolerance) is { } head) heads.Add(head);
        heads.Sort((x, y) => WaitingOrder.Compare(x.Member.Entry, x.Score.Total, y.Member.Entry, y.Score.Total));
        return [.. heads.Select(h => (h.Member.Entry, h.Score, h.Member.Requirements))];
    }

    /// <summary>Every waiting entry best first with its score: for snapshots and tests, O(n log n).</summary>
    public IReadOnlyList<(QueueEntry Entry, ScoreBreakdown Score)> Ordered(DateTimeOffset now) =>
        _members.Values
            .Select(m => (m.Entry, Score: PriorityScore.Of(m.Entry, Config, now)))
            .OrderByDescending(x => x.Entry.AtFront)
            .ThenByDescending(x => x.Score.Total)
            .ThenBy(x => x.Entry.ArrivedAt)
            .ThenBy(x => x.Entry.InteractionId, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The next moment after <paramref name="now"/> at which something due happens: an entry reaches the service-level
    /// threshold, a widening step or (when the queue overflows) its maximum wait. Null when nothing is due.
    /// </summary>
    public DateTimeOffset? NextDue(DateTimeOffset now) =>
        _due.Next(now.UtcTicks) is { } due ? new DateTimeOffset(due.Ticks, TimeSpan.Zero) : null;

    /// <summary>
    /// Applies everything due up to <paramref name="now"/> and returns the entries past the queue's maximum wait
    /// (only when the queue has an overflow target), oldest first, still in the index: the router removes them.
    /// Calling it again for the same <paramref name="now"/> returns the same entries (those not removed since).
    /// </summary>
    public IReadOnlyList<QueueEntry> Advance(DateTimeOffset now)
    {
        if (!CatchUp(now))
            return Config.Overflow.Kind == OverflowKind.None ? []
                : _members.Values.Select(m => m.Entry).Where(e => Overflows(e) && (now - e.QueuedAt).TotalSeconds >= Config.MaxWaitSeconds)
                    .OrderBy(e => e.QueuedAt).ThenBy(e => e.InteractionId, StringComparer.Ordinal).ToList();
        return [.. _overdue.Select(o => _members[o.Id].Entry)];
    }

    /// <summary>
    /// Applies the due moments in (last instant applied, <paramref name="now"/>]: a head that crossed its arrival or
    /// threshold is re-keyed, an entry that reached a widening step changes class, one past its maximum wait is listed
    /// as overdue. False when <paramref name="now"/> is before an instant already applied (time went back).
    /// </summary>
    private bool CatchUp(DateTimeOffset now)
    {
        var nowTicks = now.UtcTicks;
        if (nowTicks < _appliedTicks) return false;
        if (nowTicks == _appliedTicks) return true;
        var from = _appliedTicks;
        _appliedTicks = nowTicks;
        foreach (var due in _arrivals.Between(from, nowTicks)) Rekey(_members[due.Id!]);
        foreach (var due in _due.Between(from, nowTicks))
        {
            var member = _members[due.Id!];
            if (due.Kind == DueKind.Threshold) Rekey(member);
            else if (due.Kind == DueKind.Widening) Widen(member);
            else _overdue.Add((member.Entry.QueuedAt.UtcTicks, member.Id));
        }
        return true;
    }

    private void Rekey(WaitingMember member) => member.Class!.Refresh(member, _line, _appliedTicks);

    private void Widen(WaitingMember member)
    {
        var requirements = RequirementsAt(member.Entry, _appliedTicks);
        var moves = requirements.Key != member.Requirements.Key;
        if (moves) Leave(member);
        member.Requirements = requirements;
        if (moves) ClassOf(member.Entry.Channel, requirements).Add(member, _line, _appliedTicks);
    }

    private double Tolerance(DateTimeOffset now) => _line.Tolerance(_largestConstant, _largestArrivalSeconds, now.UtcTicks);

    private static bool Before((WaitingMember Member, ScoreBreakdown Score) x, (WaitingMember Member, ScoreBreakdown Score) y) =>
        WaitingOrder.Compare(x.Member.Entry, x.Score.Total, y.Member.Entry, y.Score.Total) < 0;

    private (QueueEntry Entry, ScoreBreakdown Score)? OrderedBestFor(AgentAvailability agent, DateTimeOffset now)
    {
        foreach (var x in Ordered(now))
            if (agent.CanTake(x.Entry.Channel) && RequirementsNow(x.Entry, now).ProficiencyOf(agent.Skills) is not null)
                return x;
        return null;
    }

    private List<(QueueEntry Entry, ScoreBreakdown Score, Requirements Requirements)> OrderedHeads(DateTimeOffset now)
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
}
