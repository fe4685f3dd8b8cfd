namespace ContactCenter.Load.Engine;

/// <summary>
/// A clock that runs Speedup times faster than the wall clock, from a chosen origin: timers and delays are
/// divided by Speedup, and GetUtcNow() advances Speedup simulated seconds per real second.
/// The wall clock is the inner provider (the system's, or a fake one in tests).
/// </summary>
internal sealed class ScaledTimeProvider(DateTimeOffset origin, double speedup, TimeProvider? wall = null) : TimeProvider
{
    private readonly TimeProvider _wall = wall ?? System;
    private readonly long _started = (wall ?? System).GetTimestamp();

    public double Speedup { get; } = speedup > 0 ? speedup : throw new ArgumentOutOfRangeException(nameof(speedup));

    public override DateTimeOffset GetUtcNow() => origin + _wall.GetElapsedTime(_started) * Speedup;

    public override long GetTimestamp() => (long)(_wall.GetTimestamp() * Speedup);

    public override long TimestampFrequency => _wall.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_wall.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / Speedup;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));
        public void Dispose() => inner.Dispose();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
