namespace ContactCenter.Tests.Cases;

/// <summary>What the customer and the agent write on a case: timeline entries, repeats dropped, and the status moves they cause.</summary>
[Collection(CasesClusterCollection.Name)]
public sealed class CaseCorrespondenceTests(CasesClusterFixture fixture)
{
    private readonly CaseWorld _world = new(fixture);

    private static CustomerMessage Email(string text, string? reference = null) => new(CaseEventKind.EmailReceived, text, reference, "Still broken");

    [Fact]
    public async Task A_customer_comment_on_a_pending_case_puts_it_back_in_progress_and_restarts_its_clock()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var opened = await _world.Open(customer, queue);
        await _world.Case(opened.CaseId).ChangeStatus(CaseStatus.PendingCustomer);
        _world.AdvanceMinutes(30);

        var after = await _world.Case(opened.CaseId).AddCustomerMessage(new CustomerMessage(CaseEventKind.CustomerComment, "Here is the invoice number: 4711"));

        Assert.Equal(CaseStatus.InProgress, after.Status);
        Assert.False(after.Sla.Paused);
        var comment = Assert.Single(after.Timeline, e => e.Kind == CaseEventKind.CustomerComment);
        Assert.Equal(("customer", "Here is the invoice number: 4711"), (comment.By, comment.Detail));
    }

    [Fact]
    public async Task An_email_on_a_resolved_case_reopens_it_and_the_same_message_twice_is_recorded_once()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var opened = await _world.Open(customer, queue);
        await _world.Case(opened.CaseId).ChangeStatus(CaseStatus.Resolved);

        await _world.Case(opened.CaseId).AddCustomerMessage(Email("It happened again.\nSee below.", "<m1@example.com>"));
        var again = await _world.Case(opened.CaseId).AddCustomerMessage(Email("It happened again.\nSee below.", "<m1@example.com>"));

        Assert.Equal(CaseStatus.Reopened, again.Status);
        var received = Assert.Single(again.Timeline, e => e.Kind == CaseEventKind.EmailReceived);
        Assert.Equal("Still broken\n\nIt happened again.\nSee below.", received.Detail);
    }

    [Fact]
    public async Task A_reply_is_the_first_response_and_a_blank_message_is_refused_naming_text_and_changes_nothing()
    {
        var (queue, _, customer, _) = await _world.Setup();
        var opened = await _world.Open(customer, queue);
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Case(opened.CaseId).AddCustomerMessage(Email("  ")));
        Assert.Equal((ErrorKind.Invalid, "text"), (error.Kind, error.Field));
        var unchanged = await _world.Snapshot(opened.CaseId);
        Assert.Equal(opened.Timeline.Count, unchanged.Timeline.Count);

        _world.AdvanceMinutes(10);
        var replied = await _world.Case(opened.CaseId).AddReply(new CaseReply("We have refunded you.", "ann@example.com", "Re: Billing error", "<r1@center>"));

        Assert.Equal(CaseStatus.InProgress, replied.Status);
        Assert.Equal(_world.Now, replied.Sla.FirstResponseAt);
        Assert.Single(replied.Timeline, e => e.Kind == CaseEventKind.EmailSent && e.Reference == "<r1@center>");
        var badTo = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Case(opened.CaseId).AddReply(new CaseReply("x", " ", "Re", "<r2@center>")));
        Assert.Equal("to", badTo.Field);
    }
}
