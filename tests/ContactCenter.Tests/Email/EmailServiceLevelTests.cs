using ContactCenter.Tests.Cases;

namespace ContactCenter.Tests.Email;

/// <summary>Email service levels are in hours and run in the customer's contract coverage, not around the clock.</summary>
[Collection(EmailClusterCollection.Name)]
public sealed class EmailServiceLevelTests(EmailClusterFixture fixture)
{
    private readonly EmailWorld _world = new(fixture);
    private readonly CaseWorld _cases = new(fixture);

    [Fact]
    public async Task An_email_arriving_late_on_friday_is_due_a_first_response_on_monday_in_coverage_hours()
    {
        await _world.RouteAllTo();
        var contract = await _cases.PutContract(CaseWorld.Contract(CenterBuilder.Key("contract"), CoverageHours.Weekdays("UTC", 8, 18), firstResponse: 4 * 60, resolution: 24 * 60));
        var id = CenterBuilder.Key("cust");
        var email = EmailWorld.Address("weekday");
        await _world.Center.Customer(id).Upsert(new CustomerProfile(id, "Weekday Customer", 1_000, _world.Now.AddYears(-1), 0, contract, email));
        var friday = _cases.AdvanceToNext(DayOfWeek.Friday, 17, 0);

        var accepted = await _world.Receive(EmailWorld.Mail(email));

        var opened = await _world.Case(accepted.CaseId);
        Assert.Equal(contract, opened.ContractId);
        // One business hour left on Friday, three more from Monday 08:00.
        Assert.Equal(friday.AddDays(3).Date.AddHours(11), opened.Sla.FirstResponseDue!.Value.UtcDateTime);
    }
}
