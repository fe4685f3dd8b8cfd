using System.Globalization;

namespace ContactCenter.Grains.Routing;

/// <summary>What churn did to one routing decision, in numbers and one line a supervisor can read.</summary>
public static class ChurnInfluences
{
    public static ChurnInfluence Of(QueueEntry entry, ScoreBreakdown score, bool retentionFirst, string? after = null)
    {
        var total = score.Total;
        var share = total > 0 ? Math.Max(0, score.ChurnValue) / total : 0;
        var note = $"risk {entry.ChurnRisk.ToString("0.00", CultureInfo.InvariantCulture)} × value {Money(entry.LifetimeValue)} " +
            $"added {score.ChurnValue.ToString("0.#", CultureInfo.InvariantCulture)} points " +
            $"({(share * 100).ToString("0", CultureInfo.InvariantCulture)}% of the score)" +
            (retentionFirst ? "; retention agents first" : "") +
            (after is null ? "" : $"; {after}");
        return new ChurnInfluence(entry.ChurnRisk, entry.LifetimeValue, score.ChurnValue, share, retentionFirst, note);
    }

    /// <summary>A direct transfer names its agent: churn changed nothing.</summary>
    public static ChurnInfluence None(QueueEntry entry, string why) =>
        new(entry.ChurnRisk, entry.LifetimeValue, 0, 0, false,
            $"risk {entry.ChurnRisk.ToString("0.00", CultureInfo.InvariantCulture)} × value {Money(entry.LifetimeValue)}; {why}");

    private static string Money(double value) => value >= 1000
        ? (value / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k"
        : value.ToString("0", CultureInfo.InvariantCulture);
}
