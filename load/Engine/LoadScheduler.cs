using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Load.Engine;

/// <summary>
/// The run's agenda: every arrival, hang-up, completion and staffing change is an action due at a simulated
/// second. On a scaled clock it waits for each due time; on a virtual clock (FakeTimeProvider) it waits until
/// the cluster has settled and then jumps the clock straight to the next due action, so a simulated day takes
/// as long as the cluster needs to route it and no wall-clock overhead leaks into simulated waits.
/// </summary>
internal sealed class LoadScheduler(TimeProvider time, DateTimeOffset origin)
{
    // A safety net only: on a starved machine (a CI box running browsers beside us) a grain notification can
    // take seconds of wall clock, and moving the virtual clock on before it lands would add simulated wait.
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);
    private readonly PriorityQueue<Func<Task>, (double At, long Seq)> _agenda = new();
    private readonly AsyncSignal _changed = new();
    private long _seq;
    private int _inFlight;
    private int _faults;

    public TimeProvider Time => time;
    public bool Virtual => time is FakeTimeProvider;
    public double Now => (time.GetUtcNow() - origin).TotalSeconds;
    public DateTimeOffset Origin => origin;
    public int Faults => _faults;
    public int SettleTimeouts { get; private set; }
    public Exception? FirstFault { get; private set; }

    /// <summary>Something the settle check depends on changed (an offer arrived, an agent freed up).</summary>
    public void Changed() => _changed.Pulse();

    public void At(double atSeconds, Func<Task> action)
    {
        lock (_agenda) _agenda.Enqueue(action, (atSeconds, _seq++));
        _changed.Pulse();
    }

    /// <summary>Starts work that the virtual clock must wait for before moving on.</summary>
    public void Run(Func<Task> work)
    {
        Interlocked.Increment(ref _inFlight);
        _ = Tracked(work);
    }

    private async Task Tracked(Func<Task> work)
    {
        try { await work(); }
        catch (Exception ex)
        {
            if (Interlocked.Increment(ref _faults) == 1) FirstFault = ex;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            _changed.Pulse();
        }
    }

    /// <summary>
    /// Runs due actions until finished() holds, the agenda passes untilSeconds, or the wall-clock limit is hit.
    /// On a virtual clock, <paramref name="sweep"/> (when given) runs before each jump and the run settles again:
    /// it asks routing itself to finish this instant's work, which a race between an agent freeing up and a caller
    /// arriving can leave for the queue's next timer tick, a tick the jump would otherwise skip past.
    /// </summary>
    public async Task<bool> RunAsync(Func<bool> settled, Func<bool> finished, double untilSeconds, TimeSpan wallLimit, CancellationToken ct,
        Func<Task>? sweep = null)
    {
        var wall = Stopwatch.StartNew();
        while (!ct.IsCancellationRequested && wall.Elapsed < wallLimit)
        {
            if (Virtual) await SettleAsync(settled, ct);
            if (finished()) return true;
            var next = PeekDue();
            if (next is null || next > untilSeconds)
            {
                if (Virtual || Now >= untilSeconds) return finished();
                await Wake(untilSeconds, ct);
                continue;
            }
            if (next > Now)
            {
                if (Virtual && sweep is not null)
                {
                    Run(sweep);
                    await SettleAsync(settled, ct);
                }
                if (Virtual) ((FakeTimeProvider)time).Advance(TimeSpan.FromTicks((long)Math.Ceiling((next.Value - Now) * TimeSpan.TicksPerSecond)));
                else
                {
                    await Wake(next.Value, ct);
                    continue;
                }
            }
            foreach (var action in TakeDue()) Run(action);
        }
        return finished();
    }

    private double? PeekDue()
    {
        lock (_agenda) return _agenda.TryPeek(out _, out var key) ? key.At : null;
    }

    private List<Func<Task>> TakeDue()
    {
        // Clock ticks are 100 ns; an action due within a tick of now is due now, or the loop would never reach it.
        var now = Now + 1e-6;
        var due = new List<Func<Task>>();
        lock (_agenda)
            while (_agenda.TryPeek(out var action, out var key) && key.At <= now)
            {
                _agenda.Dequeue();
                due.Add(action);
            }
        return due;
    }

    /// <summary>Waits on the scaled clock until the due time, or until an earlier action is added.</summary>
    private async Task Wake(double dueSeconds, CancellationToken ct)
    {
        var changed = _changed.Next;
        var wait = TimeSpan.FromSeconds(Math.Max(0, dueSeconds - Now));
        try { await changed.WaitAsync(wait, time, ct); }
        catch (TimeoutException) { }
        catch (OperationCanceledException) { }
    }

    /// <summary>Waits until no driver work is in flight and routing has nothing left to do at this instant.</summary>
    private async Task SettleAsync(Func<bool> settled, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        while (!ct.IsCancellationRequested)
        {
            var changed = _changed.Next;
            if (Volatile.Read(ref _inFlight) == 0 && settled()) return;
            var left = SettleLimit - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                SettleTimeouts++;
                return;
            }
            try { await changed.WaitAsync(left, TimeProvider.System, ct); }
            catch (TimeoutException) { }
            catch (OperationCanceledException) { return; }
        }
    }
}
