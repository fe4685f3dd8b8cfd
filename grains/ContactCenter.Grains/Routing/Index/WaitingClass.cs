namespace ContactCenter.Grains.Routing.Index;

/// <summary>
/// The waiting entries of one requirement class (same channel, same requirements now), as groups of equal constant
/// score part whose heads sit in six sorted sets: AtFront or not, times the three <see cref="ScorePhase"/>s.
/// </summary>
internal sealed class WaitingClass(Channel channel, Requirements requirements)
{
    private readonly Dictionary<(bool, double), WaitingGroup> _groups = [];
    private readonly SortedSet<HeadKey>[] _heads = [.. Enumerable.Range(0, 6).Select(_ => new SortedSet<HeadKey>(HeadKeyOrder.Instance))];

    public Channel Channel { get; } = channel;

    public Requirements Requirements { get; } = requirements;

    public int Count { get; private set; }

    public void Add(WaitingMember member, ScoreLine line, long atTicks)
    {
        var key = (member.Entry.AtFront, member.Constant);
        if (!_groups.TryGetValue(key, out var group)) _groups[key] = group = new WaitingGroup(key.AtFront, key.Constant);
        else Detach(group);
        group.Members.Add(member);
        Attach(group, line, atTicks);
        (member.Class, member.Group) = (this, group);
        Count++;
    }

    public void Remove(WaitingMember member, ScoreLine line, long atTicks)
    {
        var group = member.Group!;
        Detach(group);
        group.Members.Remove(member);
        if (group.Members.Count == 0) _groups.Remove((group.AtFront, group.Constant));
        else Attach(group, line, atTicks);
        (member.Class, member.Group) = (null, null);
        Count--;
    }

    /// <summary>Re-keys the member's group when the member heads it (its phase changed at <paramref name="atTicks"/>).</summary>
    public void Refresh(WaitingMember member, ScoreLine line, long atTicks)
    {
        var group = member.Group!;
        if (!ReferenceEquals(group.Head.Member, member)) return;
        Detach(group);
        Attach(group, line, atTicks);
    }

    /// <summary>
    /// The best entry of the class at <paramref name="now"/> with its real score. Keys are compared in floating point,
    /// so every head whose key is within the rounding tolerance of the best key is scored with PriorityScore.Of and
    /// compared as the reference compares: the answer equals the reference even at near-ties, at the cost of scoring
    /// the (almost always one) heads in that band.
    /// </summary>
    public (WaitingMember Member, ScoreBreakdown Score)? Best(QueueConfig config, DateTimeOffset now, double tolerance)
    {
        foreach (var offset in (int[])[3, 0])
        {
            (WaitingMember Member, ScoreBreakdown Score)? best = null;
            for (var phase = 0; phase < 3; phase++)
            {
                var set = _heads[offset + phase];
                if (set.Count == 0) continue;
                var floor = set.Min.Key - tolerance;
                foreach (var head in set)
                {
                    if (head.Key < floor) break;
                    var score = PriorityScore.Of(head.Member.Entry, config, now);
                    if (best is not { } b || WaitingOrder.Compare(head.Member.Entry, score.Total, b.Member.Entry, b.Score.Total) < 0)
                        best = (head.Member, score);
                }
            }
            if (best is not null) return best;
        }
        return null;
    }

    private void Attach(WaitingGroup group, ScoreLine line, long atTicks)
    {
        var head = group.Members.Min!;
        var phase = line.PhaseAt(head.ArrivedTicks, atTicks);
        group.Head = new HeadKey(line.Key(group.Constant, head.ArrivedTicks, phase), head.ArrivedTicks, head.Id, head, group);
        group.HeadSet = (group.AtFront ? 3 : 0) + (int)phase;
        _heads[group.HeadSet].Add(group.Head);
    }

    private void Detach(WaitingGroup group) => _heads[group.HeadSet].Remove(group.Head);
}
