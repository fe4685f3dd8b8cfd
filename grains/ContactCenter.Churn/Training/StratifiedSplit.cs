namespace ContactCenter.Churn.Training;

/// <summary>Seeded splits that keep the class balance: the held-out part, and cross-validation folds.</summary>
internal static class StratifiedSplit
{
    /// <summary>Positions (into the labels) of the training and held-out parts.</summary>
    public static (List<int> Training, List<int> HeldOut) HoldOut(IReadOnlyList<bool> labels, ChurnTrainingSpec spec)
    {
        if (!(spec.HoldOutFraction > 0 && spec.HoldOutFraction < 1))
            throw new ChurnDataException("holdout", $"the held-out fraction must be between 0 and 1 (exclusive), not {spec.HoldOutFraction}.");
        if (spec.Folds < 0) throw new ChurnDataException("folds", $"folds must be 0 (no cross-validation) or more, not {spec.Folds}.");
        var random = new Random(spec.Seed);
        var training = new List<int>();
        var heldOut = new List<int>();
        foreach (var positive in new[] { true, false })
        {
            var members = Shuffled(labels, positive, random);
            var held = (int)Math.Round(members.Count * spec.HoldOutFraction);
            var minTraining = Math.Max(2, spec.Folds);
            if (held < 1 || members.Count - held < minTraining)
                throw new ChurnDataException("label", $"too few rows of class '{ClassName(positive, spec)}' ({members.Count}): "
                    + $"a {spec.HoldOutFraction:P0} held-out split and {spec.Folds}-fold cross-validation need at least "
                    + $"{MinimumRows(spec.HoldOutFraction, minTraining)}.");
            heldOut.AddRange(members.Take(held));
            training.AddRange(members.Skip(held));
        }
        training.Sort();
        heldOut.Sort();
        return (training, heldOut);
    }

    /// <summary>A fold number (0..folds-1) for each label, dealt round-robin within each class after a seeded shuffle.</summary>
    public static int[] Folds(IReadOnlyList<bool> labels, int folds, int seed)
    {
        var random = new Random(seed);
        var fold = new int[labels.Count];
        foreach (var positive in new[] { true, false })
        {
            var members = Shuffled(labels, positive, random);
            for (var k = 0; k < members.Count; k++) fold[members[k]] = k % folds;
        }
        return fold;
    }

    private static List<int> Shuffled(IReadOnlyList<bool> labels, bool positive, Random random)
    {
        var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == positive).ToArray();
        random.Shuffle(members);
        return [.. members];
    }

    private static string ClassName(bool positive, ChurnTrainingSpec spec) => positive ? spec.Positive : $"not {spec.Positive}";

    private static int MinimumRows(double fraction, int minTraining)
    {
        var n = 1;
        while (n < 1_000_000 && ((int)Math.Round(n * fraction) < 1 || n - (int)Math.Round(n * fraction) < minTraining)) n++;
        return n;
    }
}
