using ContactCenter.Contracts;

namespace ContactCenter.Load.Mixed;

/// <summary>
/// One channel's figures. Service level as the queues count it: answered within the threshold over answered plus
/// abandoned. Other: neither (a call whose caller chose a callback, or work still open when the run stopped).
/// </summary>
internal sealed record ChannelFigures(
    string Channel, int Offered, int Answered, int Abandoned, int Other, int ThresholdSeconds, double ServiceLevelPercent, double AsaSeconds,
    double OccupancyPercent);

/// <summary>The run's figures: per channel and overall, with agent occupancy (time holding work / time logged in).</summary>
internal sealed record MixedFigures(IReadOnlyList<ChannelFigures> Channels, ChannelFigures Overall, double LoggedInSeconds)
{
    public static MixedFigures From(IEnumerable<MixedRecord> records, IEnumerable<BusySpan> busy, int agents, double loggedInSecondsEach)
    {
        var known = records.Where(r => r.Channel is not null).ToList();
        var spans = busy.ToList();
        var loggedIn = agents * loggedInSecondsEach;
        var channels = Enum.GetValues<Channel>()
            .Select(c => Figures(c.ToString(), known.Where(r => r.Channel == c).ToList(), spans.Where(s => s.Channel == c), loggedIn, MixedCenter.ThresholdOf(c)))
            .Where(f => f.Offered > 0 || f.OccupancyPercent > 0)
            .ToList();
        return new MixedFigures(channels, Figures("All", known, spans, loggedIn, null), loggedIn);
    }

    private static ChannelFigures Figures(string name, IReadOnlyList<MixedRecord> records, IEnumerable<BusySpan> busy, double loggedIn, int? threshold)
    {
        // A call whose caller chose a callback is counted once, as the callback.
        var offered = records.Where(r => r.Outcome != nameof(InteractionStatus.CallbackScheduled)).ToList();
        var answered = offered.Where(r => r.AnsweredAt is not null).ToList();
        var abandoned = offered.Count(r => r.AnsweredAt is null && r.Outcome == nameof(InteractionStatus.Abandoned));
        var within = answered.Count(r => r.AnsweredAt!.Value - r.QueuedAt <= (threshold ?? MixedCenter.ThresholdOf(r.Channel!.Value)));
        var measured = answered.Count + abandoned;
        return new ChannelFigures(name, offered.Count, answered.Count, abandoned, offered.Count - answered.Count - abandoned, threshold ?? 0,
            measured == 0 ? 100 : 100.0 * within / measured,
            answered.Count == 0 ? 0 : answered.Average(r => r.AnsweredAt!.Value - r.QueuedAt),
            loggedIn <= 0 ? 0 : 100.0 * BusySeconds(busy) / loggedIn);
    }

    /// <summary>Per agent, the time holding at least one piece of work: overlapping spans (three chats at once) count once.</summary>
    public static double BusySeconds(IEnumerable<BusySpan> busy) => busy.GroupBy(s => s.AgentId).Sum(agent =>
    {
        double total = 0;
        (double From, double To)? open = null;
        foreach (var s in agent.OrderBy(s => s.From))
        {
            if (open is { } o && s.From <= o.To) open = (o.From, Math.Max(o.To, s.To));
            else
            {
                if (open is { } done) total += done.To - done.From;
                open = (s.From, s.To);
            }
        }
        return total + (open is { } last ? last.To - last.From : 0);
    });
}
