using ContactCenter.Grains.Email;
using MimeKit;

namespace ContactCenter.Tests.Email;

/// <summary>Replies: stored on the case, written as .eml with the thread's headers, and answered back into the same case.</summary>
[Collection(EmailClusterCollection.Name)]
public sealed class EmailReplyTests(EmailClusterFixture fixture)
{
    private readonly EmailWorld _world = new(fixture);

    private IEmailOutboxGrain Outbox(string replyId) => _world.Grains.GetGrain<IEmailOutboxGrain>(replyId);

    [Fact]
    public async Task A_reply_is_on_the_case_and_in_an_eml_file_with_in_reply_to_and_references_of_the_thread()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var first = EmailWorld.Mail(email);
        var opened = await _world.Receive(first);
        var second = EmailWorld.Mail(email, "Re: My router keeps rebooting", "Any news?", inReplyTo: first.MessageId);
        await _world.Receive(second);
        var subject = EmailThreading.ReplySubject("My router keeps rebooting", opened.CaseId);

        var sent = await Outbox(CenterBuilder.Key("reply")).Send(new EmailReplyDraft(opened.CaseId, email, subject, "Please update the firmware.\nRegards"));

        Assert.Equal((EmailDeliveryStatus.Sent, 1), (sent.Status, sent.Attempts));
        var reply = Assert.Single((await _world.Case(opened.CaseId)).Timeline, e => e.Kind == CaseEventKind.EmailSent);
        Assert.Equal(sent.MessageId, reply.Reference);
        Assert.Contains("Please update the firmware.", reply.Detail);
        Assert.True(File.Exists(sent.Receipt), $"no .eml at {sent.Receipt}");
        var eml = await MimeMessage.LoadAsync(sent.Receipt!);
        Assert.Equal((sent.MessageId, InboundEmail.Bare(second.MessageId)), (eml.MessageId, eml.InReplyTo));
        Assert.Equal([InboundEmail.Bare(first.MessageId), InboundEmail.Bare(second.MessageId)], eml.References.ToArray());
        Assert.Equal((subject, email), (eml.Subject, eml.To.Mailboxes.Single().Address));
        Assert.Contains("Please update the firmware.", eml.TextBody);
    }

    [Fact]
    public async Task The_customers_answer_to_a_reply_threads_back_into_the_case()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var opened = await _world.Receive(EmailWorld.Mail(email));
        var sent = await Outbox(CenterBuilder.Key("reply")).Send(new EmailReplyDraft(opened.CaseId, email, "Re: router", "Try this."));

        var answer = await _world.Receive(EmailWorld.Mail(email, "Re: router", "Worked, thanks", inReplyTo: $"<{sent.MessageId}>"));

        Assert.Equal((opened.CaseId, true), (answer.CaseId, answer.Threaded));
    }

    [Fact]
    public async Task Sending_the_same_reply_id_again_sends_nothing_more_and_a_closed_case_refuses_a_reply_storing_nothing()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var opened = await _world.Receive(EmailWorld.Mail(email));
        var replyId = CenterBuilder.Key("reply");
        var draft = new EmailReplyDraft(opened.CaseId, email, "Re: router", "Once.");
        var first = await Outbox(replyId).Send(draft);
        var again = await Outbox(replyId).Send(draft);
        Assert.Equal((first.MessageId, first.Attempts, first.SentAt, first.Receipt), (again.MessageId, again.Attempts, again.SentAt, again.Receipt));
        Assert.Single((await _world.Case(opened.CaseId)).Timeline, e => e.Kind == CaseEventKind.EmailSent);

        await _world.Grains.GetGrain<ICaseGrain>(opened.CaseId).ChangeStatus(CaseStatus.Resolved);
        var refusedId = CenterBuilder.Key("reply");
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => Outbox(refusedId).Send(draft with { Text = "Too late." }));
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        await Assert.ThrowsAsync<ContactCenterException>(() => Outbox(refusedId).GetDelivery());
    }

    [Fact]
    public async Task A_bad_reply_is_refused_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => Outbox(CenterBuilder.Key("reply")).Send(new EmailReplyDraft("case-x", "Jane <j@x.example>", "Re", "Hi")));
        Assert.Equal((ErrorKind.Invalid, "to"), (error.Kind, error.Field));
    }
}
