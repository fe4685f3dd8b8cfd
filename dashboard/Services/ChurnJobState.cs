using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

public enum ChurnJobPhase { Idle, Training, Trained, Promoting, Promoted, Failed, Cancelled }

/// <summary>Where a candidate's training rows came from.</summary>
public enum ChurnDataOrigin { CenterHistory, CsvFile }

/// <summary>Whether a candidate may be promoted, and what the analyst should know before doing it.</summary>
public sealed record PromotionCheck(bool Allowed, string? Warning)
{
    /// <summary>
    /// The center scores customers from their live features (<see cref="ChurnFeatureNames"/>). A model reading any
    /// other column would always see it blank here, unlike in training, so its risks would be unfounded: it is
    /// refused. An outside model that reads only the center's columns may be promoted, with a warning.
    /// </summary>
    public static PromotionCheck For(ChurnModelInfo candidate, ChurnDataOrigin origin)
    {
        var foreign = candidate.Columns.Select(c => c.Name).Where(c => !ChurnFeatureNames.PlainWords.ContainsKey(c)).ToList();
        if (foreign.Count > 0)
            return new(false, $"This model reads columns the center does not record for its customers ({string.Join(", ", foreign.Take(8))}"
                + $"{(foreign.Count > 8 ? $", … {foreign.Count} in all" : "")}). It could not score the center's customers, so it cannot be promoted; "
                + "its metrics are shown for comparison only. To promote a model trained on outside data, give the file the center's feature columns ("
                + string.Join(", ", ChurnFeatureNames.PlainWords.Keys) + ").");
        return origin == ChurnDataOrigin.CsvFile
            ? new(true, $"This model was trained on outside data ({candidate.Source}). It reads only the center's feature columns, so it can score "
                + "the center's customers, but its risks reflect the customers in that file, not ours. Compare its metrics with the current model first.")
            : new(true, null);
    }
}

/// <summary>The one training job of this dashboard, as pages show it. Immutable: each change is a new state.</summary>
public sealed record ChurnJobState(
    ChurnJobPhase Phase,
    ChurnDataOrigin Origin,
    string Source,
    string Stage,
    double Fraction,
    ChurnModelInfo? Candidate,
    PromotionCheck? Promotion,
    string? Error,
    string? Outcome)
{
    public static ChurnJobState Idle { get; } = new(ChurnJobPhase.Idle, ChurnDataOrigin.CenterHistory, "", "", 0, null, null, null, null);

    public bool IsBusy => Phase is ChurnJobPhase.Training or ChurnJobPhase.Promoting;
}
