using System.Diagnostics;
using ContactCenter.Churn;
using ContactCenter.Contracts;

namespace ContactCenter.Load.ChurnBench;

/// <summary>Times training on synthetic rows: one learner, no cross-validation, the library's usual hold-out evaluation.</summary>
internal static class TrainingBench
{
    public static ChurnTrainingSpec Spec(string learner, int seed) =>
        new(ChurnFeatureNames.Label, ChurnFeatureNames.Positive, [ChurnFeatureNames.CustomerId], seed, Folds: 0, Learners: [learner]);

    public static (ChurnModel Model, TrainingMeasurement Measurement) Measure(int rows, string learner, int seed, CancellationToken ct)
    {
        var generating = Stopwatch.StartNew();
        var table = SyntheticChurnData.Generate(rows, seed);
        var generated = generating.Elapsed.TotalSeconds;
        var stages = new StageClock();
        var training = Stopwatch.StartNew();
        var model = new ChurnTrainer(TimeProvider.System).Train(table, Spec(learner, seed), stages, ct);
        var trained = training.Elapsed.TotalSeconds;
        var info = model.Info;
        using var process = Process.GetCurrentProcess();
        return (model, new TrainingMeasurement(rows, info.TrainingRows, info.HeldOutRows, Math.Round(generated, 2), Math.Round(trained, 2),
            stages.Times(), Math.Round(info.HeldOut.RocAuc, 4), Math.Round(info.HeldOut.PositiveRate, 4),
            Math.Round(process.PeakWorkingSet64 / 1048576.0)));
    }

    /// <summary>
    /// Reports arrive synchronously on the training thread (Progress&lt;T&gt; would post them later and blur the times).
    /// A stage is the first word of its report ("refitting", "importance"), so per-column reports merge into one.
    /// </summary>
    private sealed class StageClock : IProgress<ChurnTrainingProgress>
    {
        private readonly List<(string Stage, long At)> _starts = [];

        public void Report(ChurnTrainingProgress value)
        {
            var stage = value.Stage.Split(' ', 2)[0].TrimEnd(':');
            lock (_starts)
                if (_starts.Count == 0 || _starts[^1].Stage != stage) _starts.Add((stage, Stopwatch.GetTimestamp()));
        }

        public IReadOnlyList<StageTime> Times()
        {
            lock (_starts)
                return _starts.Zip(_starts.Skip(1), (a, b) => new StageTime(a.Stage, Math.Round(Stopwatch.GetElapsedTime(a.At, b.At).TotalSeconds, 2))).ToArray();
        }
    }
}
