using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace ContactCenter.Churn;

/// <summary>
/// The learners training chooses from. <see cref="ChurnTrainingSpec.Learners"/> restricts the candidates: each entry is
/// either a family ("logistic", "fasttree", "lightgbm": all its settings) or one candidate's full name from <see cref="All"/>.
/// </summary>
public static class ChurnLearners
{
    /// <summary>L-BFGS logistic regression on mean-variance normalized features.</summary>
    public const string Logistic = "logistic";
    /// <summary>ML.NET's gradient-boosted trees (FastTree), Platt-calibrated.</summary>
    public const string FastTree = "fasttree";
    /// <summary>LightGBM gradient-boosted trees.</summary>
    public const string LightGbm = "lightgbm";

    private static readonly IReadOnlyList<Candidate> Candidates =
    [
        new($"{Logistic}-l2=1", Logistic, (ml, seed) => LogisticRegression(ml, 1f)),
        new($"{Logistic}-l2=0.1", Logistic, (ml, seed) => LogisticRegression(ml, 0.1f)),
        new($"{FastTree}-leaves=8-trees=200-lr=0.05", FastTree, (ml, seed) => Trees(ml, 8, 200, 0.05, seed)),
        new($"{FastTree}-leaves=16-trees=100-lr=0.1", FastTree, (ml, seed) => Trees(ml, 16, 100, 0.1, seed)),
        new($"{LightGbm}-leaves=8-iter=200-lr=0.03", LightGbm, (ml, seed) => Gbm(ml, 8, 200, 0.03, seed)),
        new($"{LightGbm}-leaves=16-iter=100-lr=0.05", LightGbm, (ml, seed) => Gbm(ml, 16, 100, 0.05, seed)),
    ];

    /// <summary>Every candidate's full name, in the order tried (the first is used when there is no cross-validation).</summary>
    public static IReadOnlyList<string> All { get; } = Candidates.Select(c => c.Name).ToList();

    internal sealed record Candidate(string Name, string Family, Func<MLContext, int, IEstimator<ITransformer>> Build);

    internal static IReadOnlyList<Candidate> Select(IReadOnlyList<string>? wanted)
    {
        if (wanted is null || wanted.Count == 0) return Candidates;
        var chosen = Candidates.Where(c => wanted.Any(w =>
            string.Equals(w, c.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(w, c.Family, StringComparison.OrdinalIgnoreCase))).ToList();
        return chosen.Count > 0 ? chosen : throw new ChurnDataException("learners",
            $"no learner matches '{string.Join(", ", wanted)}'; known: {Logistic}, {FastTree}, {LightGbm}, {string.Join(", ", All)}.");
    }

    private static IEstimator<ITransformer> LogisticRegression(MLContext ml, float l2) =>
        ml.Transforms.NormalizeMeanVariance("Features")
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = l2, L1Regularization = 0, MaximumNumberOfIterations = 200,
            }));

    private static IEstimator<ITransformer> Trees(MLContext ml, int leaves, int trees, double rate, int seed) =>
        ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfLeaves = leaves, NumberOfTrees = trees, LearningRate = rate, MinimumExampleCountPerLeaf = 20, Seed = seed,
        });

    private static IEstimator<ITransformer> Gbm(MLContext ml, int leaves, int iterations, double rate, int seed) =>
        ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfLeaves = leaves, NumberOfIterations = iterations, LearningRate = rate, MinimumExampleCountPerLeaf = 20,
            Seed = seed, Deterministic = true, Silent = true,
        });
}
