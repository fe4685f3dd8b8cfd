using ContactCenter.Contracts;
using ContactCenter.Grains;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>Per-group service figures of a run, and the churn expected to follow it.</summary>
internal static class ChurnCompareSummariser
{
    /// <summary>thresholds: each queue id's service-level threshold in seconds.</summary>
    public static IReadOnlyList<GroupService> Service(IEnumerable<CallRecord> calls, IReadOnlyDictionary<string, ComparedCustomer> customers,
        IReadOnlyDictionary<string, int> thresholds)
    {
        var arrived = calls.Where(c => c.ArrivedAt is not null).ToArray();
        return ChurnGroups.Each.Select(group =>
        {
            var mine = arrived.Where(c => ChurnGroups.Contains(group, customers[c.Plan.CustomerId].AtRiskHighValue)).ToArray();
            var ended = mine.Where(c => c.WaitSeconds is not null).ToArray();
            var answered = ended.Count(c => c.AnsweredAt is not null);
            var abandoned = ended.Count(c => c.AbandonedAt is not null);
            var within = ended.Count(c => c.AnsweredAt is not null && c.WaitSeconds <= thresholds[c.Plan.QueueId]);
            var waits = Percentiles.Of(ended.Select(c => c.WaitSeconds!.Value));
            return new GroupService(group, mine.Select(c => c.Plan.CustomerId).Distinct().Count(), mine.Length, answered, abandoned,
                mine.Length - ended.Length, Round(mine.Length == 0 ? 0 : 100.0 * abandoned / mine.Length), Round(waits.Mean), Round(waits.P90),
                Round(ended.Length == 0 ? 100 : 100.0 * within / ended.Length));
        }).ToArray();
    }

    /// <summary>
    /// Rolls the hidden churn process in expectation: each caller's calls in arrival order, each added to their
    /// history as the customer grain records it, and the hazard taken as of the moment the call ended.
    /// </summary>
    public static IReadOnlyList<GroupChurn> Churn(IEnumerable<CallRecord> calls, IReadOnlyDictionary<string, ComparedCustomer> customers,
        HiddenChurnHazard hazard, DateTimeOffset origin)
    {
        var byCustomer = calls.Where(c => c.WaitSeconds is not null).GroupBy(c => c.Plan.CustomerId)
            .Select(g => (Customer: customers[g.Key], Leaves: LeavingChance(customers[g.Key], g.OrderBy(c => c.ArrivedAt).ThenBy(c => c.Plan.Index), hazard, origin)))
            .ToArray();
        return ChurnGroups.Each.Select(group =>
        {
            var mine = byCustomer.Where(x => ChurnGroups.Contains(group, x.Customer.AtRiskHighValue)).ToArray();
            return new GroupChurn(group, mine.Length, Math.Round(mine.Sum(x => x.Customer.Profile.LifetimeValue), 2),
                Math.Round(mine.Sum(x => x.Leaves), 3), Math.Round(mine.Sum(x => x.Leaves * x.Customer.Profile.LifetimeValue), 2));
        }).ToArray();
    }

    /// <summary>1 − Π(1 − hazard after each call): the chance the customer leaves after one of these calls.</summary>
    public static double LeavingChance(ComparedCustomer customer, IEnumerable<CallRecord> calls, HiddenChurnHazard hazard, DateTimeOffset origin)
    {
        var history = customer.History.ToList();
        var stays = 1.0;
        foreach (var call in calls)
        {
            history.Add(Contact(call, origin));
            if (history.Count > CustomerGrain.HistoryCap) history.RemoveRange(0, history.Count - CustomerGrain.HistoryCap);
            stays *= 1 - hazard(customer.Profile, history, origin.AddSeconds(EndedAt(call)));
        }
        return 1 - stays;
    }

    private static double EndedAt(CallRecord call) => call.CompletedAt ?? call.AbandonedAt ?? call.AnsweredAt ?? call.ArrivedAt!.Value;

    public static IReadOnlyList<GroupDifference> Compare(ChurnPolicyRun blind, ChurnPolicyRun aware) =>
        ChurnGroups.Each.Select(group =>
        {
            var (sb, sa) = (blind.Service.Single(s => s.Group == group), aware.Service.Single(s => s.Group == group));
            var (cb, ca) = (blind.Churn.Single(c => c.Group == group), aware.Churn.Single(c => c.Group == group));
            return new GroupDifference(group, sb.MeanWaitSeconds, sa.MeanWaitSeconds, sb.AbandonPercent, sa.AbandonPercent,
                cb.ExpectedChurners, ca.ExpectedChurners, Math.Round(ca.ExpectedChurners - cb.ExpectedChurners, 3),
                cb.ExpectedValueLost, ca.ExpectedValueLost, Math.Round(ca.ExpectedValueLost - cb.ExpectedValueLost, 2));
        }).ToArray();

    /// <summary>The contact the interaction grain appends to the customer when the call ends (the load agents wrap up as "load").</summary>
    public static ContactRecord Contact(CallRecord call, DateTimeOffset origin) => new(
        call.InteractionId, Channel.Voice, call.Plan.QueueId, origin.AddSeconds(call.ArrivedAt!.Value),
        call.AnsweredAt is not null ? InteractionStatus.Completed : InteractionStatus.Abandoned, call.AnsweredAt is not null ? call.AgentId : null,
        call.WaitSeconds!.Value, call.AnsweredAt is not null ? "load" : null, null);

    private static double Round(double value) => CallFigures.Round(value);
}
