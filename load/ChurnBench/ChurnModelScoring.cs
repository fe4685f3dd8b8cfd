using ContactCenter.Churn;

namespace ContactCenter.Load;

/// <summary>Scoring for the load tool's own threads, which may wait; grains await ScoreAsync instead.</summary>
internal static class ChurnModelScoring
{
    public static ChurnPrediction Score(this ChurnModel model, IReadOnlyDictionary<string, string?> row, int explain = 3)
    {
        var pending = model.ScoreAsync(row, explain);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
