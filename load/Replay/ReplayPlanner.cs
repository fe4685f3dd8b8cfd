using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Replay;

/// <summary>
/// Turns a parsed trace into a plan: one pooled queue, each call at its recorded time with its recorded service
/// time, hang-ups given their recorded patience, and agents on duty per hour as many as the trace saw serving.
/// </summary>
internal static class ReplayPlanner
{
    public const string Queue = "bank";
    public const double PriorityValue = 10_000, RegularValue = 500;
    private const int CustomersPerClass = 100;

    /// <summary>staffingFactor scales the agents on duty each hour (1 = as many as the trace saw serving).</summary>
    public static LoadPlan Plan(IReadOnlyList<TraceCall> trace, string policy, string prefix, LimitsSpec limits, double staffingFactor = 1)
    {
        var calls = trace.OrderBy(c => c.ArrivedAt).ThenBy(c => c.CallId).ToArray();
        var staffing = TraceStaffing.PerHour(calls).Select(h => h with { Agents = Scale(h.Agents, staffingFactor) }).ToArray();
        var start = staffing.Length > 0 ? staffing[0].HourStart : calls[0].ArrivedAt;
        var agents = Math.Max(1, staffing.Select(s => s.Agents).DefaultIfEmpty(1).Max());
        var queue = new PlannedQueue(Queue, new QueueConfig($"{prefix}-{Queue}", Queue, [new SkillRequirement($"{prefix}-{Queue}", 1)],
            new ServiceLevelTarget(80, 20), 7 * 86_400, OverflowTarget.None, [],
            policy == "fifo" ? ScenarioPlanner.FifoWeights : PriorityWeights.Default));
        var group = new PlannedAgentGroup(Queue, Enumerable.Range(1, agents).Select(i => $"{prefix}-agent-{i:00}").ToArray(),
            [new SkillLevel($"{prefix}-{Queue}", 5)], new DurationSpec(DistributionKind.Fixed, 1), new HashSet<string> { queue.Id });
        var customers = new[] { ("regular", RegularValue), ("priority", PriorityValue) }.SelectMany(c => Enumerable.Range(1, CustomersPerClass)
            .Select(i => new CustomerProfile($"{prefix}-{c.Item1}-{i:000}", $"{c.Item1} customer {i}", c.Item2, new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero)))).ToArray();
        // A caller who hung up in history but is answered in the replay has no recorded service: give them the mean.
        var meanService = calls.Where(c => c.Outcome == TraceOutcome.Answered).Select(c => c.ServiceSeconds).DefaultIfEmpty(1).Average();
        var planned = calls.Take(limits.MaxArrivals).Select((c, i) => new PlannedCall(
            i, (c.ArrivedAt - start).TotalSeconds, queue.Id,
            $"{prefix}-{Class(c)}-{(int)(c.CallId % CustomersPerClass) + 1:000}", Class(c), c.Priority,
            c.Outcome == TraceOutcome.Abandoned ? c.WaitSeconds : double.PositiveInfinity,
            c.Outcome == TraceOutcome.Answered ? c.ServiceSeconds : meanService, 0, 0)).ToArray();
        return new LoadPlan(prefix, [queue], [group], customers, planned,
            staffing.Select(s => new StaffingChange((s.HourStart - start).TotalSeconds, s.Agents)).ToArray(),
            planned.Length == 0 ? 0 : planned[^1].AtSeconds, limits);
    }

    /// <summary>Never rounds an hour that had someone on duty down to nobody.</summary>
    private static int Scale(int agents, double factor) => agents == 0 ? 0 : Math.Max(1, (int)Math.Round(agents * factor));

    private static string Class(TraceCall call) => call.Priority == 2 ? "priority" : "regular";
}
