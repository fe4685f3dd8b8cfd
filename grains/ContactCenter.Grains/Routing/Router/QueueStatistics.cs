namespace ContactCenter.Grains.Routing.Router;

/// <summary>
/// A queue's counters today (UTC day, reset at midnight) and over the last 15 minutes (one bucket per
/// minute, so memory stays bounded whatever the traffic).
/// </summary>
internal sealed class QueueStatistics
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly SortedDictionary<long, QueueStats> _minutes = [];
    private DateOnly _day;
    private QueueStats _today = QueueStats.Zero;

    public void Record(DateTimeOffset at, Func<QueueStats, QueueStats> change)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        if (day != _day) (_day, _today) = (day, QueueStats.Zero);
        _today = change(_today);
        var minute = Minute(at);
        if (_minutes.TryGetValue(minute, out var bucket)) _minutes[minute] = change(bucket);
        else
        {
            // A new minute: the only moment a bucket can have left the window.
            _minutes[minute] = change(QueueStats.Zero);
            foreach (var old in _minutes.Keys.Where(k => k <= minute - (long)Window.TotalMinutes).ToList()) _minutes.Remove(old);
        }
    }

    public QueueStats Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime) == _day ? _today : QueueStats.Zero;

    public QueueStats Recent(DateTimeOffset now)
    {
        var from = Minute(now) - (long)Window.TotalMinutes;
        return _minutes.Where(m => m.Key > from).Select(m => m.Value).Aggregate(QueueStats.Zero, (a, b) => a.Plus(b));
    }

    private static long Minute(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;
}
