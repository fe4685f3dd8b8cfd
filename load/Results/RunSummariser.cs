using ContactCenter.Load.Engine;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Results;

/// <summary>Computes RESULT.json's figures from the ledger of a finished run.</summary>
internal static class RunSummariser
{
    public static RunResult Summarise(LoadOutcome outcome, Scenario? scenario, string target, string clock, DateTimeOffset measuredAt)
    {
        var plan = outcome.Plan;
        var calls = outcome.Ledger.Calls.Where(c => c.ArrivedAt is not null).ToArray();
        var end = Math.Max(plan.ArrivalWindowSeconds, calls.Select(c => c.CompletedAt ?? c.AbandonedAt ?? 0).DefaultIfEmpty(0).Max());
        var staffed = StaffedSeconds(plan, end);
        var rate = outcome.ArrivalWallSeconds > 0 ? calls.Length / outcome.ArrivalWallSeconds : 0;
        var queues = plan.Queues.Select(q => Queue(q.Name, q.ThresholdSeconds, calls.Where(c => c.Plan.QueueId == q.Id).ToArray(),
            plan.Groups.Where(g => g.QueueIds.Contains(q.Id)).SelectMany(g => g.AgentIds).ToArray(), staffed, rate, outcome)).ToArray();
        var overall = Queue("all", plan.Queues.Min(q => q.ThresholdSeconds), calls, plan.AgentsInDutyOrder, staffed, rate, outcome);
        var tiers = calls.GroupBy(c => c.Plan.Tier).OrderBy(g => g.Key).Select(g => Tier(g.Key, g.ToArray(), plan)).ToArray();
        var phases = scenario is null ? [] : PhaseTheory.Compare(scenario, plan, calls);
        return new RunResult(scenario?.Name ?? "replay", target, clock, Math.Round(end, 1), Math.Round(outcome.WallSeconds, 2),
            overall with { Queue = "all" }, queues, tiers, phases, outcome.Ledger.Timeline,
            new RunDiagnostics(outcome.Completed, outcome.SettleTimeouts, outcome.Faults, outcome.FirstFault, plan.Calls.Count),
            measuredAt, MachineInfo.Current());
    }

    public static QueueResult Queue(string name, int threshold, CallRecord[] calls, IReadOnlyList<string> agents,
        IReadOnlyDictionary<string, double> staffed, double overallRate, LoadOutcome outcome)
    {
        var f = CallFigures.Of(calls, threshold);
        var staffedSeconds = agents.Sum(a => staffed.GetValueOrDefault(a));
        var share = outcome.Ledger.Calls.Count(c => c.ArrivedAt is not null) is var all and > 0 ? (double)calls.Length / all : 0;
        return new QueueResult(
            name, agents.Count, f.Arrivals, f.Answered, f.Abandoned, f.Unfinished, threshold,
            f.ServiceLevelPercent, f.AsaSeconds, f.AhtSeconds, f.AbandonPercent,
            Round(staffedSeconds == 0 ? 0 : 100 * f.HandleSecondsTotal / staffedSeconds),
            Percentiles.Of(calls.Where(c => c.WaitSeconds is not null).Select(c => c.WaitSeconds!.Value)),
            Percentiles.Of(calls.Where(c => c.FoundAgentFree && c.RoutingLatencyMs is not null).Select(c => c.RoutingLatencyMs!.Value)),
            Round(overallRate * share));
    }

    private static TierResult Tier(string tier, CallRecord[] calls, LoadPlan plan)
    {
        var f = CallFigures.Of(calls, plan.Queues.Min(q => q.ThresholdSeconds));
        return new TierResult(tier, f.Arrivals, f.ServiceLevelPercent, f.AsaSeconds, f.AbandonPercent,
            Percentiles.Of(calls.Where(c => c.WaitSeconds is not null).Select(c => c.WaitSeconds!.Value)));
    }

    /// <summary>Seconds each agent was on shift between 0 and end, from the staffing steps.</summary>
    private static Dictionary<string, double> StaffedSeconds(LoadPlan plan, double end)
    {
        var steps = plan.Staffing.OrderBy(s => s.AtSeconds).ToArray();
        var agents = plan.AgentsInDutyOrder;
        var seconds = agents.ToDictionary(a => a, _ => 0.0);
        for (var i = 0; i < steps.Length; i++)
        {
            var until = i + 1 < steps.Length ? steps[i + 1].AtSeconds : end;
            var span = Math.Max(0, Math.Min(until, end) - steps[i].AtSeconds);
            for (var a = 0; a < Math.Min(steps[i].OnDuty, agents.Count); a++) seconds[agents[a]] += span;
        }
        return seconds;
    }

    private static double Round(double value) => CallFigures.Round(value);
}
