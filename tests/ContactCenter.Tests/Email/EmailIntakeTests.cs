using ContactCenter.Grains.Email;

namespace ContactCenter.Tests.Email;

/// <summary>Inbound email: the sender's customer, a new case or the thread it answers, the queued interaction, repeats.</summary>
[Collection(EmailClusterCollection.Name)]
public sealed class EmailIntakeTests(EmailClusterFixture fixture)
{
    private readonly EmailWorld _world = new(fixture);

    [Fact]
    public async Task A_first_email_from_a_known_customer_opens_an_email_case_and_queues_a_linked_email_interaction()
    {
        var queue = await _world.RouteAllTo();
        var (customer, email) = await _world.Customer();
        var mail = EmailWorld.Mail($"Mail Customer <{email.ToUpperInvariant()}>");

        var accepted = await _world.Receive(mail);

        Assert.Equal((customer, false, queue, false), (accepted.CustomerId, accepted.Threaded, accepted.QueueId, accepted.Duplicate));
        var opened = await _world.Case(accepted.CaseId);
        Assert.Equal((Channel.Email, "My router keeps rebooting", customer, queue), (opened.Origin, opened.Subject, opened.CustomerId, opened.QueueId));
        var received = Assert.Single(opened.Timeline, e => e.Kind == CaseEventKind.EmailReceived);
        Assert.Equal((InboundEmail.Bare(mail.MessageId), "customer"), (received.Reference, received.By));
        Assert.Contains("Since Monday it restarts every hour.", received.Detail);
        Assert.Equal([accepted.InteractionId], opened.InteractionIds);
        var interaction = await _world.Center.Snapshot(accepted.InteractionId);
        Assert.Equal((Channel.Email, InteractionStatus.Queued, queue, customer), (interaction.Channel, interaction.Status, interaction.QueueId, interaction.CustomerId));
        Assert.Equal(accepted.CaseId, interaction.Attributes[EmailAttributes.CaseId]);
        Assert.Equal(email.ToUpperInvariant(), interaction.Attributes[EmailAttributes.From]);
    }

    [Fact]
    public async Task An_unknown_sender_gets_a_customer_record_with_their_address_so_their_next_email_matches_it()
    {
        await _world.RouteAllTo();
        var address = EmailWorld.Address("stranger");
        var first = await _world.Receive(EmailWorld.Mail($"Dana Stranger <{address}>"));

        var profile = (await _world.Center.Customer(first.CustomerId!).GetSnapshot()).Profile;
        Assert.Equal(("Dana Stranger", address), (profile.Name, profile.Email));
        Assert.Equal(first.CustomerId, await _world.Grains.GetGrain<ICustomerEmailIndexGrain>(EmailAddresses.Key(address)).Find());
        var second = await _world.Receive(EmailWorld.Mail(address, subject: "Another question"));
        Assert.Equal((first.CustomerId, false), (second.CustomerId, second.Threaded));
        Assert.NotEqual(first.CaseId, second.CaseId);
    }

    [Fact]
    public async Task A_reply_threads_into_its_case_by_in_reply_to_and_by_references()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var first = EmailWorld.Mail(email);
        var opened = await _world.Receive(first);

        var byInReplyTo = await _world.Receive(EmailWorld.Mail(email, "Re: My router", "Still rebooting.", inReplyTo: first.MessageId));
        var byReferences = await _world.Receive(EmailWorld.Mail(email, "Re: My router", "And again.", inReplyTo: EmailWorld.MessageId(),
            references: [EmailWorld.MessageId(), first.MessageId]));

        Assert.Equal((opened.CaseId, true), (byInReplyTo.CaseId, byInReplyTo.Threaded));
        Assert.Equal((opened.CaseId, true), (byReferences.CaseId, byReferences.Threaded));
        var thread = await _world.Case(opened.CaseId);
        Assert.Equal(3, thread.Timeline.Count(e => e.Kind == CaseEventKind.EmailReceived));
        Assert.Equal(3, thread.InteractionIds.Count);
    }

    [Fact]
    public async Task A_case_reference_in_the_subject_threads_when_the_headers_do_not()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var opened = await _world.Receive(EmailWorld.Mail(email));

        var answer = await _world.Receive(EmailWorld.Mail(email, $"RE: Re: My router keeps rebooting [Case {opened.CaseId}]", "Here is the photo."));

        Assert.Equal((opened.CaseId, true), (answer.CaseId, answer.Threaded));
    }

    [Fact]
    public async Task Another_customers_case_is_never_threaded_into_by_headers_or_subject_a_new_case_opens_instead()
    {
        await _world.RouteAllTo();
        var (_, victim) = await _world.Customer();
        var first = EmailWorld.Mail(victim);
        var victims = await _world.Receive(first);
        var before = (await _world.Case(victims.CaseId)).Timeline.Count;

        var intruder = await _world.Receive(EmailWorld.Mail(EmailWorld.Address("intruder"), $"Re: [Case {victims.CaseId}]", "Let me in.",
            inReplyTo: first.MessageId, references: [first.MessageId]));

        Assert.False(intruder.Threaded);
        Assert.NotEqual(victims.CaseId, intruder.CaseId);
        Assert.NotEqual(victims.CustomerId, intruder.CustomerId);
        Assert.Equal(before, (await _world.Case(victims.CaseId)).Timeline.Count);
    }

    [Fact]
    public async Task A_recently_resolved_case_is_reopened_by_the_answer_but_one_resolved_long_ago_is_not()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var first = EmailWorld.Mail(email);
        var opened = await _world.Receive(first);
        await _world.Grains.GetGrain<ICaseGrain>(opened.CaseId).ChangeStatus(CaseStatus.Resolved, "fixed");

        _world.Advance(TimeSpan.FromDays(2));
        var soon = await _world.Receive(EmailWorld.Mail(email, inReplyTo: first.MessageId, body: "It broke again."));
        Assert.Equal((opened.CaseId, CaseStatus.Reopened), (soon.CaseId, (await _world.Case(opened.CaseId)).Status));

        await _world.Grains.GetGrain<ICaseGrain>(opened.CaseId).ChangeStatus(CaseStatus.Resolved, "fixed again");
        _world.Advance(EmailThreading.ReopenWindow + TimeSpan.FromDays(1));
        var late = await _world.Receive(EmailWorld.Mail(email, inReplyTo: first.MessageId, body: "A new problem."));
        Assert.NotEqual(opened.CaseId, late.CaseId);
        Assert.Equal(CaseStatus.Resolved, (await _world.Case(opened.CaseId)).Status);
    }

    [Fact]
    public async Task The_same_message_id_twice_answers_the_first_result_and_queues_nothing_more()
    {
        await _world.RouteAllTo();
        var (_, email) = await _world.Customer();
        var mail = EmailWorld.Mail(email);
        var first = await _world.Receive(mail);
        var timeline = (await _world.Case(first.CaseId)).Timeline.Count;

        var again = await _world.Receive(mail);

        Assert.Equal(first with { Duplicate = true }, again);
        var after = await _world.Case(first.CaseId);
        Assert.Equal((timeline, 1), (after.Timeline.Count, after.InteractionIds.Count));
    }

    [Theory]
    [InlineData("from", "not an address")]
    [InlineData("to", "")]
    [InlineData("body", " ")]
    [InlineData("messageId", "two words")]
    [InlineData("inReplyTo", "<a b>")]
    [InlineData("references[1]", "")]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_created(string field, string value)
    {
        var queue = await _world.RouteAllTo();
        var ok = EmailWorld.Mail(EmailWorld.Address());
        var bad = field switch
        {
            "from" => ok with { From = value },
            "to" => ok with { To = value },
            "body" => ok with { Body = value },
            "messageId" => ok with { MessageId = value },
            "inReplyTo" => ok with { InReplyTo = value },
            _ => ok with { References = [EmailWorld.MessageId(), value] },
        };
        var key = field == "messageId" ? "two-words" : InboundEmail.Bare(ok.MessageId);

        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Grains.GetGrain<IEmailIntakeGrain>(key).Receive(bad));

        Assert.Equal((ErrorKind.Invalid, field), (error.Kind, error.Field));
        Assert.Null(await _world.Grains.GetGrain<ICustomerEmailIndexGrain>(EmailAddresses.Key(ok.From)).Find());
        Assert.Empty((await _world.Center.Queue(queue).GetSnapshot()).Waiting);
    }
}
