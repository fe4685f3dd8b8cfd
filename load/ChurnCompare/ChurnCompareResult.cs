using ContactCenter.Load.Results;

namespace ContactCenter.Load.ChurnCompare;

/// <summary>One policy's run: service and churn by group, the full run figures, and how far the grains' risks were from the model's.</summary>
internal sealed record ChurnPolicyRun(string Policy, string Name, IReadOnlyList<GroupService> Service, IReadOnlyList<GroupChurn> Churn,
    RunResult Run, double MaxRiskDifference);

/// <summary>
/// The population the calls came from: how many customers, how many had already left (they do not call), and how
/// many active ones are at-risk high-value by the retention preference's thresholds, under the model trained here.
/// </summary>
internal sealed record PopulationSummary(
    int Customers, int Active, int Churned, int AtRiskHighValue, double MinRisk, double MinValue, string ThresholdsFrom,
    string RiskSource, string Learner, double HeldOutRocAuc, double TrainingSeconds, double MeanRisk);

/// <summary>The settings of the comparison as run (the command line's, minus the output path).</summary>
internal sealed record ChurnCompareSettings(int Customers, double Hours, double PerMinute, int Agents, double HandleSeconds,
    double PatienceSeconds, int Seed, int Arrivals, double OfferedLoadErlangs);

/// <summary>Everything `churn-compare` writes to RESULT.json.</summary>
internal sealed record ChurnCompareResult(ChurnCompareSettings Settings, PopulationSummary Population, string Clock,
    IReadOnlyList<ChurnPolicyRun> Runs, IReadOnlyList<GroupDifference> Differences, DateTimeOffset MeasuredAt, MachineInfo Machine);
