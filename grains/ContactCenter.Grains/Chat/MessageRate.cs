namespace ContactCenter.Grains.Chat;

/// <summary>A sliding window of the times something happened: at most Limit within Window, counted by the caller's clock.</summary>
public sealed class MessageRate(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _times = new();

    public int Limit => limit;
    public TimeSpan Window => window;

    /// <summary>When the next one is allowed if it is not allowed now; null when it is.</summary>
    public TimeSpan? WaitBefore(DateTimeOffset now)
    {
        while (_times.Count > 0 && now - _times.Peek() >= window) _times.Dequeue();
        return _times.Count < limit ? null : _times.Peek() + window - now;
    }

    public void Count(DateTimeOffset now) => _times.Enqueue(now);
}
