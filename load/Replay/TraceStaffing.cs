namespace ContactCenter.Load.Replay;

/// <summary>
/// Infers hourly staffing from the trace so a replay can put the same number of agents on duty as
/// history had. Hours with nobody serving are kept (as 0) so the schedule has no gaps.
/// </summary>
public static class TraceStaffing
{
    /// <summary>
    /// One entry per hour from the floor of the first arrival to the hour of the last event (arrival,
    /// hang-up or end of service), in order. A service that began before the first arrival's hour
    /// is counted only from that hour on.
    /// </summary>
    public static IReadOnlyList<StaffingHour> PerHour(IReadOnlyList<TraceCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
        {
            return [];
        }

        var first = HourOf(calls.Min(c => c.ArrivedAt));
        var last = HourOf(calls.Max(LastEvent));
        var hours = (int)((last - first).Ticks / TimeSpan.TicksPerHour) + 1;
        var servers = new HashSet<string>?[hours];

        foreach (var call in calls)
        {
            if (call.Server is not { } server || call.ServiceStartedAt is not { } start || call.ServiceEndedAt is not { } end)
            {
                continue;
            }

            // The interval is half-open: a service ending exactly on the hour does not occupy the next hour.
            var lastMoment = end > start ? end - TimeSpan.FromTicks(1) : start;
            var from = Math.Max(0, IndexOf(first, start));
            var to = Math.Min(hours - 1, IndexOf(first, lastMoment));
            for (var i = from; i <= to; i++)
            {
                (servers[i] ??= new HashSet<string>(StringComparer.Ordinal)).Add(server);
            }
        }

        return [.. Enumerable.Range(0, hours).Select(i => new StaffingHour(first.AddHours(i), servers[i]?.Count ?? 0))];
    }

    private static DateTimeOffset LastEvent(TraceCall call)
    {
        var hungUpOrArrived = call.ArrivedAt.AddSeconds(call.Outcome == TraceOutcome.Abandoned ? call.WaitSeconds : 0);
        return call.ServiceEndedAt is { } end && end > hungUpOrArrived ? end : hungUpOrArrived;
    }

    private static DateTimeOffset HourOf(DateTimeOffset t) =>
        new(t.Year, t.Month, t.Day, t.Hour, 0, 0, t.Offset);

    private static int IndexOf(DateTimeOffset firstHour, DateTimeOffset t) =>
        (int)Math.Floor((t - firstHour).Ticks / (double)TimeSpan.TicksPerHour);
}
