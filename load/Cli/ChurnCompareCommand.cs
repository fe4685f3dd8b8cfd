using System.CommandLine;
using System.Globalization;
using ContactCenter.Load.ChurnCompare;
using ContactCenter.Demo;

namespace ContactCenter.Load.Cli;

/// <summary>`churn-compare --policy blind|churn|both [--customers N] [--hours H] [--per-minute R] [--agents N] [--speedup K|max] --out RESULT.json`.</summary>
internal static class ChurnCompareCommand
{
    /// <summary>run: what to do with the parsed options (the real comparison unless a test gives another).</summary>
    public static Command Create(Func<ChurnCompareOptions, CancellationToken, Task<int>>? run = null)
    {
        run ??= ChurnCompareRunner.RunAsync;
        var policy = new Option<string>("--policy")
        {
            Description = "blind (no churn term, no retention preference), churn (the demo's churn-aware weights and retention preference) or both, compared.",
            DefaultValueFactory = _ => ChurnPolicies.Both,
        };
        string[] policies = [ChurnPolicies.Blind, ChurnPolicies.Aware, ChurnPolicies.Both];
        policy.CompletionSources.Add(policies);
        // Not AcceptOnlyFromAmong: its error does not say which option was wrong.
        policy.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !policies.Contains(r.Tokens[^1].Value))
                r.AddError($"--policy must be {ChurnPolicies.Blind}, {ChurnPolicies.Aware} or {ChurnPolicies.Both}; got '{r.Tokens[^1].Value}'.");
        });
        var customers = CliOptions.Positive("--customers", "Demo customers generated (the demo's population and hidden churn, from --seed); the active ones call.", 10_000, max: 1_000_000);
        var hours = Number("--hours", "Simulated hours of arrivals.", 8, 0.01, 24 * 7);
        var perMinute = Number("--per-minute", "Voice arrivals per minute (Poisson).", 16, 0.01, 10_000);
        var agents = CliOptions.Positive("--agents", "Demo agents on duty (the first N of the demo's 64, with their skills).", DemoCenter.AgentCount, max: DemoCenter.AgentCount);
        var handle = Number("--handle-seconds", "Mean handle time (log-normal).", 240, 1, 7200);
        var patience = Number("--patience-seconds", "Mean patience before a waiting caller hangs up (exponential).", 120, 1, 86_400);
        var seed = new Option<int>("--seed") { Description = "Seed of the population, the agents and the arrivals.", DefaultValueFactory = _ => 42 };
        var learner = new Option<string>("--learner") { Description = "Learner of the risk model trained on the seeded history (default: the demo bootstrap's).", DefaultValueFactory = _ => ChurnRiskModel.DefaultLearner };
        var speedup = ClusterOptions.Speedup();
        speedup.DefaultValueFactory = _ => "max";
        var maxWall = Number("--max-wall-seconds", "Stop each policy's run after this much wall-clock time.", 1800, 1, 86_400);
        var output = new Option<FileInfo>("--out") { Description = "Where to write RESULT.json; Markdown and charts go beside it.", DefaultValueFactory = _ => new FileInfo("churn-compare.json") };
        var command = new Command("churn-compare",
            "Run the same seeded demo-population calls under churn-blind and churn-aware routing, each on a fresh embedded cluster; report waits, abandonment and the hidden churn that follows for at-risk high-value customers against everyone else.")
        {
            policy, customers, hours, perMinute, agents, handle, patience, seed, learner, speedup, maxWall, output,
        };
        command.SetAction((parse, ct) =>
        {
            var chosen = parse.GetValue(policy)!;
            return run(new ChurnCompareOptions(chosen == ChurnPolicies.Both ? [ChurnPolicies.Blind, ChurnPolicies.Aware] : [chosen],
                parse.GetValue(customers), parse.GetValue(hours), parse.GetValue(perMinute), parse.GetValue(agents), parse.GetValue(handle),
                parse.GetValue(patience), parse.GetValue(seed), parse.GetValue(learner)!, parse.GetValue(speedup)!, parse.GetValue(maxWall),
                parse.GetValue(output)!), ct);
        });
        return command;
    }

    private static Option<double> Number(string name, string description, double fallback, double min, double max)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(r =>
        {
            // A value that is not a number is reported by the parser itself.
            if (r.Tokens.Count > 0 && double.TryParse(r.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !(v >= min && v <= max))
                r.AddError($"{name} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}; got {r.Tokens[^1].Value}.");
        });
        return option;
    }
}
