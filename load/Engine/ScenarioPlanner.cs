using ContactCenter.Contracts;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Engine;

/// <summary>
/// Turns a scenario into a plan: ids with a run prefix (so a shared cluster keeps runs apart), queue
/// configurations, and every arrival drawn in advance from the seed by thinning a Poisson process with the
/// phases' rate curve.
/// </summary>
internal static class ScenarioPlanner
{
    public const int CustomersPerTier = 100;
    private const int WeekSeconds = 7 * 86_400;

    /// <summary>Value-based scoring ignored: the score is the seconds waited, so the queue is first come, first served.</summary>
    public static PriorityWeights FifoWeights { get; } = new(Base: 0, Tier: 0, ChurnValue: 0, AgingPerSecond: 1, SlaMargin: 0);

    public static LoadPlan Plan(Scenario scenario, string prefix)
    {
        var queues = scenario.Queues.Select(q => new PlannedQueue(q.Id, new QueueConfig(
            $"{prefix}-{q.Id}", q.Id, [new SkillRequirement($"{prefix}-{q.Skill}", q.MinProficiency)],
            new ServiceLevelTarget(q.ServiceLevelPercent, q.ThresholdSeconds), WeekSeconds, OverflowTarget.None, [],
            q.Fifo ? FifoWeights : PriorityWeights.Default))).ToArray();
        var groups = scenario.Agents.Select(g => new PlannedAgentGroup(
            g.Name,
            Enumerable.Range(1, g.Count).Select(i => $"{prefix}-{g.Name}-{i:0000}").ToArray(),
            g.Skills.Select(s => new SkillLevel($"{prefix}-{s.Key}", s.Value)).ToArray(),
            g.HandleTime,
            scenario.Queues.Where(g.Serves).Select(q => $"{prefix}-{q.Id}").ToHashSet())).ToArray();
        var customers = scenario.Customers.SelectMany(t => Enumerable.Range(1, CustomersPerTier).Select(i =>
            new CustomerProfile(CustomerId(prefix, t.Tier, i), $"{t.Tier} customer {i}", t.LifetimeValue, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)))).ToArray();
        var calls = Arrivals(scenario, prefix);
        return new LoadPlan(prefix, queues, groups, customers, calls, [new StaffingChange(0, groups.Sum(g => g.AgentIds.Count))],
            scenario.DurationSeconds, scenario.Limits);
    }

    private static string CustomerId(string prefix, string tier, int i) => $"{prefix}-{tier}-{i:000}";

    private static PlannedCall[] Arrivals(Scenario s, string prefix)
    {
        var random = new Random(s.Seed);
        var calls = new List<PlannedCall>();
        var start = 0.0;
        foreach (var phase in s.Arrivals)
        {
            var peak = phase.PeakRate;
            for (var t = 0.0; peak > 0 && calls.Count < s.Limits.MaxArrivals;)
            {
                t += -Math.Log(1 - random.NextDouble()) / peak;
                if (t >= phase.DurationSeconds) break;
                var accept = random.NextDouble() * peak < phase.RateAt(t);
                var (queue, tier, customer) = (Pick(s.Queues, q => q.Share, random), Pick(s.Customers, c => c.Share, random), random.Next(1, CustomersPerTier + 1));
                var (patience, u1, u2) = (s.Patience.Sample(random.NextDouble(), random.NextDouble()), random.NextDouble(), random.NextDouble());
                if (!accept) continue;
                calls.Add(new PlannedCall(calls.Count, start + t, $"{prefix}-{queue.Id}", CustomerId(prefix, tier.Tier, customer), tier.Tier, 1, patience, null, u1, u2));
            }
            start += phase.DurationSeconds;
        }
        return calls.ToArray();
    }

    private static T Pick<T>(IReadOnlyList<T> items, Func<T, double> share, Random random)
    {
        var roll = random.NextDouble() * items.Sum(share);
        foreach (var item in items)
        {
            roll -= share(item);
            if (roll < 0) return item;
        }
        return items[^1];
    }
}
