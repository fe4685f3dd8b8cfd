using ContactCenter.Contracts;
using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Services;

/// <summary>One term of a priority score: its name, the points it added, and what it means in one line.</summary>
public sealed record ScoreTerm(string Term, double Points, string Meaning);

/// <summary>
/// The five terms of <c>PriorityScore</c> in words, with the inputs this interaction brought where they are
/// known (its queue entry, and the queue's service-level threshold today).
/// </summary>
public static class ScoreExplanation
{
    public static IReadOnlyList<ScoreTerm> Terms(RoutingDecision decision, QueueEntry? entry, int? thresholdSeconds)
    {
        var s = decision.Score;
        var waited = entry is null ? (double?)null : Math.Max(0, (decision.DecidedAt - entry.ArrivedAt).TotalSeconds);
        return
        [
            new("Base priority", s.Base,
                $"The priority the entry rule or adapter gave this interaction (0 is normal{Here(entry?.BasePriority.ToString())}), times the queue's base weight."),
            new("Tier", s.Tier,
                $"The customer's value tier (Standard 0, Gold 1, Platinum 2{Here(entry?.Tier.ToString())}), times the tier weight: better customers go first."),
            new("Churn × value", s.ChurnValue,
                $"Churn risk × lifetime value in thousands, capped at 10{(entry is null ? "" : $" (here {entry.ChurnRisk:0.00} × {Math.Min(entry.LifetimeValue / 1000, 10):0.#})")}, times the churn weight: customers likely to leave and worth keeping go first."),
            new("Aging", s.Aging,
                $"Grows with every second waited{(waited is null ? "" : $" (waited {Durations.Readable(waited.Value)})")}, so nobody waits forever."),
            new("SLA margin", s.SlaMargin,
                $"Rises as the wait nears the service-level threshold{(thresholdSeconds is null ? "" : $" ({Durations.Readable(thresholdSeconds.Value)})")} and is full once past it, to protect the target."),
        ];
    }

    private static string Here(string? value) => value is null ? "" : $"; here {value}";
}
