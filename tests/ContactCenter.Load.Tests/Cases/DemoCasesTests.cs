using ContactCenter.Contracts;
using ContactCenter.Demo;

namespace ContactCenter.Load.Tests.Cases;

/// <summary>The demo's case terms: valid minute-scale contracts, a valid short policy, follow-up codes, repeatable seeds.</summary>
public sealed class DemoCasesTests
{
    [Fact]
    public void The_demo_contracts_are_valid_24x7_and_measured_in_minutes()
    {
        foreach (var contract in DemoCases.Contracts)
        {
            contract.Validate(zone => zone == "UTC");
            Assert.Equal(CoverageHours.AlwaysOpen, contract.Coverage);
            Assert.All(contract.Targets, t => Assert.InRange(t.ResolutionMinutes, t.FirstResponseMinutes, 30));
        }
        Assert.Equal(DemoCases.Platinum, DemoCases.ContractFor(ValueTier.Platinum));
        Assert.Equal(DemoCases.Standard, DemoCases.ContractFor(ValueTier.Standard));
    }

    [Fact]
    public void The_demo_policy_escalates_within_the_first_minutes_and_its_settings_are_checked()
    {
        var options = new SimulationOptions();
        var policy = DemoCases.Policy(options.Cases);
        policy.Validate();
        Assert.True(policy.PickupMinutes + policy.SupervisorMinutes <= 10);
        Assert.True(new SimulationOptionsValidator().Validate(null, options).Succeeded);

        options.Cases.SpecialistQueueId = "nowhere";
        options.Cases.OpenRatePercent = 120;
        var failures = new SimulationOptionsValidator().Validate(null, options).Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("Cases:SpecialistQueueId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Cases:OpenRatePercent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("follow-up", true)]
    [InlineData("complaint", true)]
    [InlineData("technical-issue", true)]
    [InlineData("cancellation-request", true)]
    [InlineData("resolved", false)]
    [InlineData("sale", false)]
    [InlineData(null, false)]
    public void Only_codes_that_leave_work_behind_open_a_case(string? code, bool opens) => Assert.Equal(opens, WrapUpCodes.NeedsFollowUp(code));

    [Fact]
    public void Cancellations_are_urgent_complaints_high_and_platinum_customers_one_level_up()
    {
        Assert.Equal(CasePriority.Urgent, DemoCases.Priority("cancellation-request", ValueTier.Standard));
        Assert.Equal(CasePriority.High, DemoCases.Priority("complaint", ValueTier.Gold));
        Assert.Equal(CasePriority.Urgent, DemoCases.Priority("complaint", ValueTier.Platinum));
        Assert.Equal(CasePriority.Normal, DemoCases.Priority("follow-up", ValueTier.Platinum));
    }

    [Fact]
    public void The_startup_cases_repeat_for_a_seed_and_are_valid_drafts()
    {
        var first = DemoCases.Seeded(24, 42, 10_000);
        Assert.Equal(first, DemoCases.Seeded(24, 42, 10_000));
        Assert.NotEqual(first, DemoCases.Seeded(24, 43, 10_000));
        Assert.All(first, c => c.Draft.Validate());
        Assert.Equal(24, first.Select(c => c.CaseId).Distinct().Count());
        Assert.True(first.Select(c => c.Draft.QueueId).Distinct().Count() > 2);
    }
}
