namespace ContactCenter.Churn;

/// <summary>What to learn: the label column and its positive value; Id columns are carried, never features.</summary>
/// <param name="Learners">Restricts the candidates to these names or families (see <see cref="ChurnLearners"/>).</param>
/// <param name="Folds">Cross-validation folds to choose the learner; 0 or 1 trains the first candidate without choosing.</param>
/// <param name="FinalFitOnAllRows">
/// After the held-out evaluation, fit the chosen learner again on every labeled row (columns detected anew) and save
/// that model: the metrics then describe the same recipe on less data. Off, the saved model is the one evaluated.
/// </param>
public sealed record ChurnTrainingSpec(
    string Label, string Positive, IReadOnlyList<string> IdColumns,
    int Seed = 42, int Folds = 5, IReadOnlyList<string>? Learners = null, double HoldOutFraction = 0.2,
    bool FinalFitOnAllRows = false);

/// <summary>Progress of a training run: a stage in words and the fraction done (0..1).</summary>
public sealed record ChurnTrainingProgress(string Stage, double Fraction);

/// <summary>One prediction with its top contributions (probability points).</summary>
public sealed record ChurnPrediction(double Probability, IReadOnlyList<FeatureContribution> Top);
