namespace ContactCenter.Load.Bench;

/// <summary>How `--find-max` climbs, and when it calls a step bad. Bounded in steps and in time.</summary>
internal sealed record SearchLimits(
    double StartRate,
    double Factor = 1.5,
    int MaxSteps = 16,
    int MaxStepsDown = 4,
    double BehindFraction = 0.05,
    double RunawayFactor = 10,
    double RunawayMs = 1000,
    double ReferenceFloorMs = 1)
{
    /// <summary>The search stops starting new steps after this long (a step already running finishes).</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromMinutes(8);

    /// <summary>The highest rate the climb can try.</summary>
    public double TopRate => StartRate * Math.Pow(Factor, MaxSteps - 1);
}

internal sealed record SearchOutcome(IReadOnlyList<StepMeasurement> Steps, StepMeasurement? Max, string StopReason);

/// <summary>
/// Raises the rate by a factor until completions fall behind arrivals or p99 runs away (past RunawayFactor ×
/// the first good step's p99, floored at ReferenceFloorMs, or past RunawayMs), each bad step confirmed by
/// running the same rate once more; the max is the last good rate. When
/// the very first rate is already bad it halves the rate (a few times at most) and climbs again from the first good one.
/// </summary>
internal static class RateSearch
{
    public static async Task<SearchOutcome> FindMaxAsync(SearchLimits limits,
        Func<double, CancellationToken, Task<StepMeasurement>> measure, TimeProvider time, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var steps = new List<StepMeasurement>();
        StepMeasurement? best = null;
        double? reference = null;
        var (rate, rising, down, confirming) = (limits.StartRate, 0, 0, false);
        while (true)
        {
            if (rising >= limits.MaxSteps) return new(steps, best, $"step limit ({limits.MaxSteps} rising steps)");
            if (time.GetElapsedTime(started) >= limits.MaxTime) return new(steps, best, $"time limit ({limits.MaxTime.TotalSeconds:0} s)");
            if (ct.IsCancellationRequested) return new(steps, best, "cancelled");
            var step = await measure(rate, ct);
            steps.Add(step);
            // Until a step has kept up there is no p99 to compare with: only the absolute limit applies.
            var failure = Failure(step, reference ?? limits.RunawayMs / limits.RunawayFactor, limits);
            if (failure is null)
            {
                reference ??= step.Latency.P99;
                (best, rate, rising, confirming) = (step, rate * limits.Factor, rising + 1, false);
                continue;
            }
            // One stall (a GC, a neighbour's build) must not end the search: a bad step counts once confirmed.
            if (!confirming)
            {
                confirming = true;
                continue;
            }
            confirming = false;
            if (best is not null) return new(steps, best, $"{failure} at {rate:0.#}/s (twice)");
            if (down++ >= limits.MaxStepsDown) return new(steps, null, $"{failure} even at {rate:0.#}/s");
            rate /= 2;
        }
    }

    /// <summary>Why a step is bad, or null when it kept up.</summary>
    public static string? Failure(StepMeasurement step, double referenceP99, SearchLimits limits)
    {
        if (step.CompletedByGrace < (1 - limits.BehindFraction) * step.Scheduled)
            return $"completions fell behind ({step.CompletedByGrace} of {step.Scheduled})";
        var runaway = Math.Min(limits.RunawayMs, limits.RunawayFactor * Math.Max(referenceP99, limits.ReferenceFloorMs));
        return step.Latency.P99 > runaway ? $"p99 ran away ({step.Latency.P99:0.##} ms > {runaway:0.##} ms)" : null;
    }
}
