using System.Diagnostics;

namespace ContactCenter.Load.Engine;

/// <summary>
/// A clock that runs Speedup times faster than the wall clock, from a chosen origin: timers and delays are
/// divided by Speedup, and GetUtcNow() advances Speedup simulated seconds per real second.
/// </summary>
internal sealed class ScaledTimeProvider(DateTimeOffset origin, double speedup) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public double Speedup { get; } = speedup > 0 ? speedup : throw new ArgumentOutOfRangeException(nameof(speedup));

    public override DateTimeOffset GetUtcNow() => origin + Stopwatch.GetElapsedTime(_started) * Speedup;

    public override long GetTimestamp() => (long)(Stopwatch.GetTimestamp() * Speedup);

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / Speedup;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));
        public void Dispose() => inner.Dispose();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
