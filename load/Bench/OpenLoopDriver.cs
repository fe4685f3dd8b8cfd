using System.Diagnostics;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Bench;

/// <summary>
/// Runs one step: sends Create calls at their scheduled times over the step (at most MaxOutstanding unanswered
/// at once; a send held back past LateAfter counts as late), then waits a bounded time for the step's work to
/// finish so the next step starts clean. No exception escapes a send: failures are counted by type.
/// </summary>
internal sealed class OpenLoopDriver(IGrainFactory grains, IReadOnlyList<string> queues, BenchTracker tracker, GrainCallCounter calls, int maxOutstanding)
{
    public static readonly TimeSpan LateAfter = TimeSpan.FromMilliseconds(5);
    /// <summary>Completions this long after the window still count as keeping up.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);
    /// <summary>Longer than Orleans' 30 s response timeout, so a timed-out call is counted rather than left pending.</summary>
    public static readonly TimeSpan Drain = TimeSpan.FromSeconds(35);

    private int _steps;

    public async Task<StepMeasurement> RunStepAsync(double rate, TimeSpan duration, CancellationToken ct)
    {
        var step = Interlocked.Increment(ref _steps);
        var schedule = new ArrivalSchedule(rate, duration);
        var random = new Random(step);
        var ids = new string[schedule.Count];
        var arrivals = new BenchArrival[schedule.Count];
        var late = 0;
        using var gate = new SemaphoreSlim(maxOutstanding);
        var before = MeterReading.Take(calls);
        var start = before.Timestamp;
        for (var i = 0; i < arrivals.Length && !ct.IsCancellationRequested; i++)
        {
            var due = start + Ticks(schedule.DueAt(i));
            var ahead = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (ahead > TimeSpan.FromMilliseconds(1)) await Task.Delay(ahead, TimeProvider.System, ct).ConfigureAwait(false);
            await gate.WaitAsync(ct).ConfigureAwait(false);
            if (Stopwatch.GetElapsedTime(due) > LateAfter) late++;
            ids[i] = $"bench-{step}-{i}";
            arrivals[i] = tracker.Start(ids[i], due);
            _ = Send(ids[i], queues[random.Next(queues.Count)], gate);
        }
        var after = MeterReading.Take(calls);
        var windowEnd = start + Ticks(duration);
        await WaitForDrain(arrivals.Where(a => a is not null), windowEnd);
        foreach (var id in ids) if (id is not null) tracker.Forget(id);
        return Summarise(rate, duration, arrivals.Where(a => a is not null).ToArray(), late, before, after, windowEnd);
    }

    private async Task Send(string id, string queue, SemaphoreSlim gate)
    {
        try
        {
            await grains.GetGrain<IInteractionGrain>(id).Create(new NewInteraction(Channel.Voice, null, null, new Dictionary<string, string>(), null, queue));
        }
        catch (Exception ex)
        {
            tracker.Failed("create", ex);
            tracker.Finished(id, ArrivalOutcome.Failed);
        }
        finally { gate.Release(); }
    }

    private static async Task WaitForDrain(IEnumerable<BenchArrival> arrivals, long windowEnd)
    {
        var deadline = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), windowEnd + Ticks(Drain));
        try { await Task.WhenAll(arrivals.Select(a => a.Done.Task)).WaitAsync(deadline > TimeSpan.Zero ? deadline : TimeSpan.Zero, TimeProvider.System); }
        catch (TimeoutException) { /* what is left is reported as unfinished */ }
    }

    private static StepMeasurement Summarise(double rate, TimeSpan duration, BenchArrival[] arrivals, int late,
        MeterReading before, MeterReading after, long windowEnd)
    {
        var graceEnd = windowEnd + Ticks(Grace);
        var offered = arrivals.Count(a => a.OfferedAt != 0 && a.OfferedAt <= windowEnd);
        bool CompletedBy(BenchArrival a, long end) => a.Outcome == ArrivalOutcome.Completed && a.FinishedAt <= end;
        var latencies = arrivals.Where(a => a.OfferedAt != 0).Select(a => a.OfferLatencyMs).ToList();
        var seconds = duration.TotalSeconds;
        var completed = arrivals.Count(a => CompletedBy(a, windowEnd));
        return new StepMeasurement(
            Math.Round(rate, 1), seconds, arrivals.Length, late, offered, completed, arrivals.Count(a => CompletedBy(a, graceEnd)),
            arrivals.Count(a => a.Outcome == ArrivalOutcome.Refused), arrivals.Count(a => a.Outcome == ArrivalOutcome.Failed),
            arrivals.Count(a => a.Outcome == ArrivalOutcome.Pending), LatencySummary.Of(latencies),
            Math.Round(offered / seconds, 1), Math.Round(completed / seconds, 1), MeterReading.CpuPercent(before, after),
            MeterReading.PerRouted(after.AllocatedBytes - before.AllocatedBytes, offered),
            MeterReading.PerRouted(after.GrainCalls - before.GrainCalls, offered));
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
