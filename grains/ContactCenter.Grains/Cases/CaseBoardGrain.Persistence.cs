using System.Diagnostics;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// The board is a cache of what the case grains hold: every case re-upserts on each change, so losing the newest
/// few seconds costs nothing lasting. Writing the whole list on every upsert would cost O(n) per change, so it is
/// written at most every <see cref="PersistEvery"/> when something changed, and on the way out. That keeps the list
/// across a restart (cases that do not change for days still show) at a bounded write rate whatever the upsert rate.
/// A big board costs more per write (100,000 cases: about 23 MB and half a second to serialize), so the next write
/// also waits <see cref="WriteShare"/> times as long as the last one took: writing stays under 5% of the board's time.
/// </summary>
public sealed partial class CaseBoardGrain
{
    public static readonly TimeSpan PersistEvery = TimeSpan.FromSeconds(10);
    public const int WriteShare = 20;

    private bool _dirty;
    private long _nextWriteAfter;

    private void Restore()
    {
        foreach (var summary in state.State.Cases) _index.Upsert(summary);
        state.State.Cases = [];
    }

    /// <summary>Not interleaved: the snapshot must not be taken while an upsert changes the index.</summary>
    private void StartPersistence() =>
        this.RegisterGrainTimer(_ => PersistWhenDue(), new GrainTimerCreationOptions(PersistEvery, PersistEvery) { KeepAlive = true });

    private Task PersistWhenDue() => Stopwatch.GetTimestamp() < _nextWriteAfter ? Task.CompletedTask : Persist();

    private async Task Persist()
    {
        if (!_dirty) return;
        _dirty = false;
        var started = Stopwatch.GetTimestamp();
        state.State.Cases = [.. _index.All];
        try { await state.WriteStateAsync(); }
        catch
        {
            _dirty = true;
            throw;
        }
        finally
        {
            state.State.Cases = [];
            var took = Stopwatch.GetElapsedTime(started);
            _nextWriteAfter = Stopwatch.GetTimestamp() + (long)(took.TotalSeconds * WriteShare * Stopwatch.Frequency);
        }
    }

    /// <summary>
    /// Stores on the way out, except when an embedded silo shuts down: its in-memory storage is already gone
    /// (and dies with the process anyway), so the write could only fail after placement retries.
    /// </summary>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        !recovery.Enabled && reason.ReasonCode == DeactivationReasonCode.ShuttingDown ? Task.CompletedTask : Persist();
}
