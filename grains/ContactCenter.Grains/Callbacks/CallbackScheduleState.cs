namespace ContactCenter.Grains.Callbacks;

/// <summary>One queue's callbacks: those waiting for their time, and those due but not yet dialed (by due time).</summary>
[GenerateSerializer, Alias("cc.callback-schedule-state")]
public sealed class CallbackScheduleState
{
    [Id(0)] public Dictionary<string, DateTimeOffset> Waiting { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, DateTimeOffset> Due { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The queue's service-level threshold: a due callback not dialed within it is overdue.</summary>
    [Id(2)] public int OverdueAfterSeconds { get; set; } = 60;

    public CallbackCounts Counts(string queueId, DateTimeOffset now) => new(queueId, Waiting.Count,
        Due.Values.Count(due => (now - due).TotalSeconds >= OverdueAfterSeconds),
        Waiting.Count == 0 ? null : Waiting.Values.Min());

    /// <summary>The next moment the counts change by time alone: a callback falls due, or a due one becomes overdue.</summary>
    public DateTimeOffset? NextChange(DateTimeOffset now)
    {
        var crossings = Due.Values.Select(due => due.AddSeconds(OverdueAfterSeconds)).Where(at => at > now);
        var all = Waiting.Values.Concat(crossings).ToList();
        return all.Count == 0 ? null : all.Min();
    }
}
