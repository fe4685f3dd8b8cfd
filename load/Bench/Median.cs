namespace ContactCenter.Load.Bench;

/// <summary>The median of repeated runs: one slow or lucky run does not set the figure.</summary>
internal static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Each figure is the median of that figure across runs (so p99 is the median p99, not the p99 of all samples).</summary>
    public static StepMeasurement OfRuns(IReadOnlyList<StepMeasurement> runs)
    {
        if (runs.Count == 0) throw new ArgumentException("No runs to take the median of.", nameof(runs));
        if (runs.Count == 1) return runs[0];
        int Int(Func<StepMeasurement, int> f) => (int)Math.Round(Of(runs.Select(r => (double)f(r))));
        double Dbl(Func<StepMeasurement, double> f) => Of(runs.Select(f));
        var latency = new LatencySummary(Dbl(r => r.Latency.P50), Dbl(r => r.Latency.P95), Dbl(r => r.Latency.P99),
            Dbl(r => r.Latency.Mean), Int(r => r.Latency.Samples));
        return new StepMeasurement(runs[0].Rate, runs[0].Seconds, Int(r => r.Scheduled), Int(r => r.Late), Int(r => r.Offered),
            Int(r => r.Completed), Int(r => r.CompletedByGrace), Int(r => r.Refused), Int(r => r.Failed), Int(r => r.Unfinished),
            latency, Dbl(r => r.RoutedPerSecond), Dbl(r => r.CompletedPerSecond), Dbl(r => r.CpuPercent),
            Dbl(r => r.BytesAllocatedPerRouted), Dbl(r => r.GrainCallsPerRouted));
    }
}
