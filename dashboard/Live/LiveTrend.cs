using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Live;

/// <summary>One sample of the whole center, for the wallboard trend chart.</summary>
public sealed record TrendPoint(DateTimeOffset At, double ServiceLevelPercent, int Waiting);

/// <summary>
/// Samples the totals every 30 s and keeps the last hour, so the wallboard can draw service level and
/// waiting count over time. It reads the live feed this dashboard already holds; it asks the cluster nothing.
/// </summary>
public sealed class LiveTrend(LiveFeed feed, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Span = TimeSpan.FromHours(1);
    private readonly Queue<TrendPoint> _points = new();
    private readonly Lock _lock = new();

    public event Action? Changed;

    public IReadOnlyList<TrendPoint> Points
    {
        get { lock (_lock) return _points.ToArray(); }
    }

    public void Sample()
    {
        var now = time.GetUtcNow();
        var totals = QueueTileView.Totals(feed.Queues, feed.Agents, now);
        lock (_lock)
        {
            _points.Enqueue(new TrendPoint(now, totals.ServiceLevelPercent, totals.Waiting));
            while (_points.Peek().At < now - Span) _points.Dequeue();
        }
        Changed?.Invoke();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Sample();
        }
        catch (OperationCanceledException) { }
    }
}
