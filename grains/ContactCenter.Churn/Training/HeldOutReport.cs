namespace ContactCenter.Churn.Training;

/// <summary>The held-out part of a model's description: metrics, a thinned ROC curve and a calibration table.</summary>
internal static class HeldOutReport
{
    public const int MaxRocPoints = 100;
    public const int CalibrationBins = 10;

    /// <summary>PositiveRate is the share of held-out rows whose label is the positive value (the base rate).</summary>
    public static ChurnMetrics Metrics(IReadOnlyList<double> p, IReadOnlyList<bool> labels) => new(
        BinaryMetrics.RocAuc(p, labels), BinaryMetrics.PrAuc(p, labels), BinaryMetrics.LogLoss(p, labels),
        BinaryMetrics.Accuracy(p, labels), (double)labels.Count(l => l) / labels.Count);

    /// <summary>ROC points from (0,0) to (1,1); a point's threshold is the lowest probability predicted positive.</summary>
    public static IReadOnlyList<RocPoint> Roc(IReadOnlyList<double> p, IReadOnlyList<bool> labels)
    {
        int positives = labels.Count(l => l), negatives = labels.Count - positives;
        var points = new List<RocPoint> { new(0, 0, 1) };
        foreach (var (tp, fp, threshold) in BinaryMetrics.Thresholds(p, labels))
            points.Add(new RocPoint(negatives == 0 ? 0 : (double)fp / negatives, positives == 0 ? 0 : (double)tp / positives, threshold));
        if (points.Count <= MaxRocPoints) return points;
        var step = (points.Count - 1) / (double)(MaxRocPoints - 1);
        return Enumerable.Range(0, MaxRocPoints).Select(i => points[(int)Math.Round(i * step)]).ToList();
    }

    /// <summary>Ten equal-width bins of predicted probability; an empty bin reports zeros.</summary>
    public static IReadOnlyList<CalibrationBin> Calibration(IReadOnlyList<double> p, IReadOnlyList<bool> labels)
    {
        var bins = new List<CalibrationBin>();
        for (var b = 0; b < CalibrationBins; b++)
        {
            var members = Enumerable.Range(0, p.Count).Where(i => Bin(p[i]) == b).ToList();
            bins.Add(new CalibrationBin(
                (double)b / CalibrationBins, (double)(b + 1) / CalibrationBins, members.Count,
                members.Count == 0 ? 0 : members.Average(i => p[i]),
                members.Count == 0 ? 0 : (double)members.Count(i => labels[i]) / members.Count));
        }
        return bins;
    }

    private static int Bin(double probability) => Math.Clamp((int)(probability * CalibrationBins), 0, CalibrationBins - 1);
}
