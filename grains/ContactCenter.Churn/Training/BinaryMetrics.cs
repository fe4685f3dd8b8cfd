namespace ContactCenter.Churn.Training;

/// <summary>Ranking and probability metrics of predictions against labels, computed here so CV and held-out agree.</summary>
internal static class BinaryMetrics
{
    /// <summary>ROC AUC as the Mann-Whitney statistic, ties counted half.</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = labels.Count(l => l), negatives = labels.Count - positives, rankSum = 0;
        if (positives == 0 || negatives == 0) return 0.5;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            var meanRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
                if (labels[order[k]]) rankSum += meanRank;
            start = end + 1;
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /// <summary>Area under the precision-recall curve as average precision (step-wise, ties as one threshold).</summary>
    public static double PrAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        if (positives == 0) return 0;
        double area = 0, previousRecall = 0;
        foreach (var (tp, fp, _) in Thresholds(scores, labels))
        {
            var recall = (double)tp / positives;
            area += (recall - previousRecall) * tp / (tp + fp);
            previousRecall = recall;
        }
        return area;
    }

    public static double LogLoss(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        const double Epsilon = 1e-15;
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], Epsilon, 1 - Epsilon);
            sum -= labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }
        return sum / probabilities.Count;
    }

    public static double Accuracy(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels) =>
        (double)Enumerable.Range(0, labels.Count).Count(i => probabilities[i] >= 0.5 == labels[i]) / labels.Count;

    /// <summary>Cumulative true and false positives at each distinct score, from the highest down.</summary>
    public static IEnumerable<(int TruePositives, int FalsePositives, double Threshold)> Thresholds(
        IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]]) tp++; else fp++;
            if (k + 1 == order.Length || scores[order[k + 1]] != scores[order[k]]) yield return (tp, fp, scores[order[k]]);
        }
    }

    public static double Mean(IReadOnlyList<double> values) => values.Count == 0 ? 0 : values.Average();

    /// <summary>Sample standard deviation (0 for fewer than two values).</summary>
    public static double StdDev(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return 0;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
