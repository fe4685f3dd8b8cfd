using ContactCenter.Contracts;
using ContactCenter.Grains.Routing;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;
using ContactCenter.Demo;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>
/// The demo center's voice queues and agents as a load plan, and one set of arrivals drawn from the seed for both
/// policies. Callers are active demo customers picked uniformly; each call's queue follows the demo's IVR mix (an
/// intent among five, 6% on the premium line). The queues widen as the demo's do, each step woken at the simulated
/// second it falls due; overflow is off under both policies (callers hang up by their patience instead), so every
/// call is answered or abandoned in its own queue and the ledger can follow it. The policy changes only the churn
/// term of the priority score and the retention preference.
/// </summary>
internal static class ChurnComparePlanner
{
    public const string Prefix = "churn";
    private const int WeekSeconds = 7 * 86_400;
    private const double PremiumLinePercent = 6;

    /// <summary>The queue each IVR intent reaches (as the demo's entry rules send a voice call).</summary>
    public static IReadOnlyDictionary<string, string> QueueOfIntent { get; } = new Dictionary<string, string>
    {
        ["billing"] = "billing", ["tech"] = "tech-support", ["sales"] = "sales", ["cancel"] = "retention", ["other"] = "general",
    };

    public static IReadOnlyList<string> VoiceQueues { get; } = [.. QueueOfIntent.Values, "premium"];

    public static LoadPlan Plan(ChurnCompareOptions options, IReadOnlyList<PlannedCall> calls, string policy)
    {
        var queues = DemoCenter.Queues.Where(q => VoiceQueues.Contains(q.QueueId)).Select(q => new PlannedQueue(q.QueueId, Configure(q, policy))).ToArray();
        var handle = new DurationSpec(DistributionKind.LogNormal, options.HandleSeconds);
        var groups = DemoCenter.Agents(options.Seed).Take(options.Agents).Select(a => new PlannedAgentGroup(
            a.AgentId, [a.AgentId], a.Skills, handle,
            queues.Where(q => Qualifies(q.Config, a.Skills, waited: 0)).Select(q => q.Id).ToHashSet())).ToArray();
        var limits = new LimitsSpec(LimitsSpec.ArrivalCap, options.MaxWallSeconds, 4 * 3600);
        var widening = queues.ToDictionary(q => q.Id, q => q.Config.Widening);
        // A millisecond late, so the wait has certainly reached the step when the queue looks.
        var wakes = calls.SelectMany(c => widening[c.QueueId].Select(w => new QueueWake(c.AtSeconds + w.AfterSeconds + 0.001, c.QueueId))).ToArray();
        return new LoadPlan(Prefix, queues, groups, [], calls, [new StaffingChange(0, groups.Length)], options.ArrivalWindowSeconds, limits, wakes,
            Eligible(queues));
    }

    /// <summary>The queues' own rule (ContactCenter.Grains.Routing.Requirements), widening included, so the virtual clock waits for every offer routing will make.</summary>
    public static CanServe Eligible(IReadOnlyList<PlannedQueue> queues)
    {
        var configs = queues.ToDictionary(q => q.Id, q => q.Config);
        return (call, group, waited) => Qualifies(configs[call.QueueId], group.Skills, waited);
    }

    /// <summary>The plan's calls carry no extra skills (no language rule), so any voice entry stands for them.</summary>
    private static readonly QueueEntry AnyCall = new("", "", Channel.Voice, null, 0, ValueTier.Standard, 0, 0, [], RunClock.Origin, RunClock.Origin, false, 0);

    private static bool Qualifies(QueueConfig config, IReadOnlyList<SkillLevel> skills, double waited) =>
        Requirements.For(config, AnyCall, waited).ProficiencyOf(skills) is not null;

    /// <summary>Blind: no churn term and no retention preference. Aware: the demo's configuration as it is.</summary>
    public static QueueConfig Configure(QueueConfig demo, string policy)
    {
        var routed = policy == ChurnPolicies.Aware ? demo : demo with { Weights = demo.Weights with { ChurnValue = 0 }, Retention = null };
        return routed with { Overflow = OverflowTarget.None, MaxWaitSeconds = WeekSeconds };
    }

    /// <summary>Poisson arrivals over the window; the same seed gives the same callers, queues, patience and handle draws.</summary>
    public static IReadOnlyList<PlannedCall> Arrivals(ChurnCompareOptions options, IReadOnlyList<ComparedCustomer> callers)
    {
        if (callers.Count == 0) return [];
        var random = new Random(options.Seed);
        var intents = QueueOfIntent.Keys.ToArray();
        var basePriority = DemoCenter.EntryRules.GroupBy(r => r.QueueId).ToDictionary(g => g.Key, g => g.Max(r => r.BasePriority));
        var calls = new List<PlannedCall>();
        var rate = options.PerMinute / 60;
        for (var t = -Math.Log(1 - random.NextDouble()) / rate; t < options.ArrivalWindowSeconds; t += -Math.Log(1 - random.NextDouble()) / rate)
        {
            var customer = callers[random.Next(callers.Count)];
            var premium = random.NextDouble() * 100 < PremiumLinePercent;
            var queue = premium ? "premium" : QueueOfIntent[intents[random.Next(intents.Length)]];
            var patience = -options.PatienceSeconds * Math.Log(1 - random.NextDouble());
            calls.Add(new PlannedCall(calls.Count, t, queue, customer.CustomerId, customer.Profile.Tier.ToString(),
                basePriority.GetValueOrDefault(queue), patience, null, random.NextDouble(), random.NextDouble()));
        }
        return calls;
    }
}
