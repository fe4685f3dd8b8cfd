using Microsoft.Extensions.Options;

namespace ContactCenter.Simulation;

public enum HandleDistribution { Exponential, LogNormal, Fixed }

/// <summary>The demo center and its simulated traffic; bound from the "Simulation" configuration section.</summary>
public sealed class SimulationOptions
{
    public const string Section = "Simulation";

    public bool Enabled { get; set; } = true;
    public int Seed { get; set; } = 42;
    public int Customers { get; set; } = 10_000;
    public int CustomersWithHistoryPercent { get; set; } = 85;
    public int AgentsLoggedIn { get; set; } = 60;
    public double ArrivalsPerMinute { get; set; } = 22;
    public double HandleSecondsMean { get; set; } = 120;
    public HandleDistribution HandleDistribution { get; set; } = HandleDistribution.LogNormal;
    public double WrapUpSecondsMean { get; set; } = 15;
    public double PatienceSecondsMean { get; set; } = 120;
    public double AnswerDelaySeconds { get; set; } = 3;
    public double BreakChancePercent { get; set; } = 3;
    public double BreakSecondsMean { get; set; } = 300;
    public double SummaryEverySeconds { get; set; } = 5;

    /// <summary>After seeding, train and promote a quick churn model when none is promoted yet.</summary>
    public bool BootstrapChurnModel { get; set; } = true;
}

/// <summary>Refuses a bad Simulation section at startup, naming the setting.</summary>
public sealed class SimulationOptionsValidator : IValidateOptions<SimulationOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulationOptions o)
    {
        var errors = new List<string>();
        void Check(bool ok, string field, string rule)
        {
            if (!ok) errors.Add($"Simulation:{field} {rule}");
        }
        Check(o.Customers is >= 1 and <= 1_000_000, nameof(o.Customers), "must be between 1 and 1,000,000");
        Check(o.CustomersWithHistoryPercent is >= 0 and <= 100, nameof(o.CustomersWithHistoryPercent), "must be between 0 and 100");
        Check(o.AgentsLoggedIn is >= 0 and <= DemoCenter.AgentCount, nameof(o.AgentsLoggedIn), $"must be between 0 and {DemoCenter.AgentCount}");
        Check(o.ArrivalsPerMinute is > 0 and <= 60_000, nameof(o.ArrivalsPerMinute), "must be above 0 and at most 60,000");
        Check(o.HandleSecondsMean > 0, nameof(o.HandleSecondsMean), "must be positive");
        Check(Enum.IsDefined(o.HandleDistribution), nameof(o.HandleDistribution), "must be Exponential, LogNormal or Fixed");
        Check(o.WrapUpSecondsMean >= 0, nameof(o.WrapUpSecondsMean), "cannot be negative");
        Check(o.PatienceSecondsMean > 0, nameof(o.PatienceSecondsMean), "must be positive");
        Check(o.AnswerDelaySeconds >= 0, nameof(o.AnswerDelaySeconds), "cannot be negative");
        Check(o.BreakChancePercent is >= 0 and <= 100, nameof(o.BreakChancePercent), "must be between 0 and 100");
        Check(o.BreakSecondsMean > 0, nameof(o.BreakSecondsMean), "must be positive");
        Check(o.SummaryEverySeconds > 0, nameof(o.SummaryEverySeconds), "must be positive");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
