using ContactCenter.Churn;
using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>
/// `churn-compare`: the demo population, a risk model trained on its history, one set of seeded arrivals, and a
/// fresh embedded cluster per policy; then service and the hidden churn that follows, by group.
/// </summary>
internal static class ChurnCompareRunner
{
    public static async Task<int> RunAsync(ChurnCompareOptions options, CancellationToken ct)
    {
        if (RunClock.Validate(options.Speedup) is { } clockError)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(clockError)}[/]");
            return 2;
        }
        if (!OutputFile.CheckWritable(options.Output)) return 1;
        var result = await CompareAsync(options, Say, ct);
        var files = await ChurnCompareReport.WriteAsync(result, options.Output, ct);
        ChurnCompareReport.Print(result, files);
        return result.Runs.Any(r => r.Run.Diagnostics.Faults > 0) ? 3 : 0;
    }

    public static async Task<ChurnCompareResult> CompareAsync(ChurnCompareOptions options, Action<string> say, CancellationToken ct)
    {
        var demo = Prepare(options, say, ct);
        var calls = ChurnComparePlanner.Arrivals(options, demo.Customers.Values.OrderBy(c => c.CustomerId, StringComparer.Ordinal).ToArray());
        var runs = new List<ChurnPolicyRun>();
        foreach (var policy in options.Policies)
            runs.Add(await RunPolicyAsync(options, policy, calls, demo, ct));
        var blind = runs.FirstOrDefault(r => r.Policy == ChurnPolicies.Blind);
        var aware = runs.FirstOrDefault(r => r.Policy == ChurnPolicies.Aware);
        var settings = new ChurnCompareSettings(options.Customers, options.Hours, options.PerMinute, options.Agents, options.HandleSeconds,
            options.PatienceSeconds, options.Seed, calls.Count, Math.Round(options.PerMinute / 60 * options.HandleSeconds, 2));
        return new ChurnCompareResult(settings, demo.Summary, RunClock.Describe(options.Speedup), runs,
            blind is not null && aware is not null ? ChurnCompareSummariser.Compare(blind, aware) : [],
            TimeProvider.System.GetUtcNow(), MachineInfo.Current());
    }

    /// <summary>The demo population, the model trained on it, and every active customer's risk and group as of the run's start.</summary>
    private static DemoRisks Prepare(ChurnCompareOptions options, Action<string> say, CancellationToken ct)
    {
        var origin = RunClock.Origin;
        say($"Generating the demo population ({options.Customers:N0} customers, seed {options.Seed})...");
        var population = DemoPopulation.Generate(options.Customers, options.Seed, origin);
        say($"Training the risk model ({options.Learner}) on the population's history...");
        var (model, trainingSeconds) = ChurnRiskModel.Train(population, origin, options.Learner, options.Seed, ct);
        var (preference, thresholdsFrom) = DemoPopulation.Retention;
        var customers = population.Where(c => c.ChurnedAt is null).Select(c =>
        {
            var risk = ChurnRiskModel.Score(model, c, origin);
            return new ComparedCustomer(c.Profile, c.History, risk, preference.Applies(risk, c.Profile.LifetimeValue));
        }).ToDictionary(c => c.CustomerId);
        var summary = new PopulationSummary(population.Count, customers.Count, population.Count - customers.Count,
            customers.Values.Count(c => c.AtRiskHighValue), preference.MinRisk, preference.MinValue, thresholdsFrom, RiskSource,
            model.Info.Learner, Math.Round(model.Info.HeldOut.RocAuc, 4), Math.Round(trainingSeconds, 2),
            Math.Round(customers.Values.Select(c => c.Risk).DefaultIfEmpty(0).Average(), 4));
        return new DemoRisks(model, customers, summary);
    }

    private const string RiskSource =
        "a model trained here on the seeded history as the demo bootstraps its first (one learner, no cross-validation), promoted in each " +
        "run's cluster; the customer grains score their callers with it when seeded and after each call";

    private sealed record DemoRisks(ChurnModel Model, IReadOnlyDictionary<string, ComparedCustomer> Customers, PopulationSummary Summary);

    private static async Task<ChurnPolicyRun> RunPolicyAsync(ChurnCompareOptions options, string policy, IReadOnlyList<PlannedCall> calls,
        DemoRisks demo, CancellationToken ct)
    {
        var (model, customers) = (demo.Model, demo.Customers);
        var plan = ChurnComparePlanner.Plan(options, calls, policy);
        var target = new RunTarget(options.Speedup, null, "dev", "dev");
        var callers = calls.Select(c => c.CustomerId).Distinct().Select(id => customers[id]).ToArray();
        var maxDifference = 0.0;
        var outcome = await PlanRun.RunAsync(plan, target, TimeSpan.FromSeconds(options.MaxWallSeconds),
            $"{ChurnPolicies.Describe(policy)}: {calls.Count:N0} calls from {callers.Length:N0} demo customers over {options.Hours:0.##} simulated hours", ct,
            async (grains, token) => maxDifference = await SeedAsync(grains, model, callers, token));
        var run = RunSummariser.Summarise(outcome, null, target.Describe, RunClock.Describe(options.Speedup), TimeProvider.System.GetUtcNow())
            with { Scenario = $"churn-compare {ChurnPolicies.Describe(policy)}" };
        var thresholds = plan.Queues.ToDictionary(q => q.Id, q => q.ThresholdSeconds);
        return new ChurnPolicyRun(policy, ChurnPolicies.Describe(policy),
            ChurnCompareSummariser.Service(outcome.Ledger.Calls, customers, thresholds),
            ChurnCompareSummariser.Churn(outcome.Ledger.Calls, customers, DemoPopulation.HazardFor(options.Seed), RunClock.Origin),
            run, Math.Round(maxDifference, 6));
    }

    /// <summary>
    /// Promotes the model, seeds every caller with their history (the grain scores them with the model), and returns
    /// how far the grains' risks are from the ones the groups were drawn with (zero on the virtual clock).
    /// </summary>
    private static async Task<double> SeedAsync(IGrainFactory grains, ChurnModel model, IReadOnlyList<ComparedCustomer> callers, CancellationToken ct)
    {
        await grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).Promote(model.ToBytes(), model.Info);
        var differences = new List<double>();
        foreach (var chunk in callers.Chunk(256))
        {
            ct.ThrowIfCancellationRequested();
            differences.AddRange(await Task.WhenAll(chunk.Select(async c =>
            {
                var grain = grains.GetGrain<ICustomerGrain>(c.CustomerId);
                await grain.Seed(c.Profile, c.History, null);
                return Math.Abs((await grain.GetRoutingInfo()).ChurnRisk - c.Risk);
            })));
        }
        return differences.DefaultIfEmpty(0).Max();
    }

    private static void Say(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
}
