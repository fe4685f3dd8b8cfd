using Microsoft.Extensions.Options;

namespace ContactCenter.Demo;

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

    /// <summary>Cases opened from follow-up calls and worked by simulated case workers ("Simulation:Cases").</summary>
    public CaseSimulationOptions Cases { get; set; } = new();
}

/// <summary>
/// The demo's cases: some calls whose wrap-up code needs follow-up open a case; simulated case workers pick
/// them up after a drawn delay, sometimes wait on the customer, resolve and close them; a share is neglected
/// long enough to escalate. Demo contracts and policies use minute-scale targets so a supervisor sees
/// at-risk cases and an escalation within the first minutes.
/// </summary>
public sealed class CaseSimulationOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Of the calls wrapped up with a follow-up code, the share that opens a case.</summary>
    public double OpenRatePercent { get; set; } = 60;

    /// <summary>Cases opened at startup, so /cases is never empty.</summary>
    public int SeedCases { get; set; } = 24;

    /// <summary>Mean delay before a worker starts a case (exponential, drawn per case).</summary>
    public double PickupSecondsMean { get; set; } = 75;

    /// <summary>Share of cases nobody touches until well after the policy's supervisor step.</summary>
    public double NeglectPercent { get; set; } = 12;

    public double PendingCustomerPercent { get; set; } = 25;
    public double PendingSecondsMean { get; set; } = 120;
    public double WorkSecondsMean { get; set; } = 360;
    public double CloseAfterSecondsMean { get; set; } = 90;

    /// <summary>Puts minute-scale demo contracts (24×7) and gives the demo customers one by tier; escalation steps below.</summary>
    public bool DemoContracts { get; set; } = true;

    /// <summary>The demo queues' escalation policy, in business minutes.</summary>
    public int PickupMinutes { get; set; } = 3;
    public int SupervisorMinutes { get; set; } = 2;
    public int ManagersMinutes { get; set; } = 3;

    /// <summary>Where a case goes when its resolution target is breached (the policy's step 4).</summary>
    public string? SpecialistQueueId { get; set; } = "premium";
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
        var c = o.Cases;
        Check(c is not null, nameof(o.Cases), "is required");
        if (c is null) return ValidateOptionsResult.Fail(errors);
        Check(c.OpenRatePercent is >= 0 and <= 100, "Cases:OpenRatePercent", "must be between 0 and 100");
        Check(c.SeedCases is >= 0 and <= 1_000, "Cases:SeedCases", "must be between 0 and 1,000");
        Check(c.PickupSecondsMean > 0, "Cases:PickupSecondsMean", "must be positive");
        Check(c.NeglectPercent is >= 0 and <= 100, "Cases:NeglectPercent", "must be between 0 and 100");
        Check(c.PendingCustomerPercent is >= 0 and <= 100, "Cases:PendingCustomerPercent", "must be between 0 and 100");
        Check(c.PendingSecondsMean > 0, "Cases:PendingSecondsMean", "must be positive");
        Check(c.WorkSecondsMean > 0, "Cases:WorkSecondsMean", "must be positive");
        Check(c.CloseAfterSecondsMean > 0, "Cases:CloseAfterSecondsMean", "must be positive");
        Check(c.PickupMinutes is >= 1 and <= 1_440, "Cases:PickupMinutes", "must be between 1 and 1,440");
        Check(c.SupervisorMinutes is >= 1 and <= 1_440, "Cases:SupervisorMinutes", "must be between 1 and 1,440");
        Check(c.ManagersMinutes is >= 1 and <= 1_440, "Cases:ManagersMinutes", "must be between 1 and 1,440");
        Check(c.SpecialistQueueId is null || DemoCenter.Queues.Any(q => q.QueueId == c.SpecialistQueueId), "Cases:SpecialistQueueId",
            "must name a demo queue (or be empty)");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
